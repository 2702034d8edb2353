package org.redress.base;

/**
 * An action that the rules of case handling do not allow. It carries a {@link Message}, so its text is in the
 * language of whoever reads it (the portal user, the API client); {@link #getMessage()} renders it for the current
 * one.
 */
public class BusinessRuleException extends RuntimeException {

    private final transient Message text;

    public BusinessRuleException(Message text) {
        super(text.key());
        this.text = text;
    }

    public BusinessRuleException(String key, Object... args) {
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
