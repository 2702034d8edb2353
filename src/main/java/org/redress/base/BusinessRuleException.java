package org.redress.base;

/** An action that the rules of case handling do not allow; the message is meant for the user. */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
