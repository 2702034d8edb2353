package org.redress.base;

/** A case, merchant or other record that the caller asked for does not exist; the message names it. */
public class NotFoundException extends RuntimeException {

    private final transient Message text;

    public NotFoundException(Message text) {
        super(text.key());
        this.text = text;
    }

    public NotFoundException(String key, Object... args) {
        this(Message.of(key, args));
    }

    public Message text() {
        return text;
    }

    @Override
    public String getMessage() {
        return text.text();
    }
}
