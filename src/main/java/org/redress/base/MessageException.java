package org.redress.base;

/**
 * An exception whose message is meant for people: it carries a {@link Message}, so its text is in the language of
 * whoever reads it (the portal user, the API client), and {@link #getMessage()} renders it for the current one.
 */
public abstract class MessageException extends RuntimeException {

    private final transient Message text;

    protected MessageException(Message text) {
        super(text.key());
        this.text = text;
    }

    public Message text() {
        return text;
    }

    @Override
    public String getMessage() {
        return text.text();
    }
}
