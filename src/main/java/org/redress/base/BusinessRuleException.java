package org.redress.base;

/** An action that the rules of case handling do not allow; the message says why, in the reader's language. */
public class BusinessRuleException extends MessageException {

    public BusinessRuleException(Message text) {
        super(text);
    }

    public BusinessRuleException(String key, Object... args) {
        this(Message.of(key, args));
    }
}
