package org.redress.base;

/** A case, merchant or other record that the caller asked for does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
