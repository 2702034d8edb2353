package org.redress.base;

/** A case, merchant or other record that the caller asked for does not exist; the message names it. */
public class NotFoundException extends MessageException {

    public NotFoundException(Message text) {
        super(text);
    }

    public NotFoundException(String key, Object... args) {
        this(Message.of(key, args));
    }
}
