package org.redress.security.ui;

/**
 * Another kind of account an administrator creates on the user page, contributed by a later module (respondent
 * organisations with their accounts), so that this page knows no module above it.
 */
public interface AccountCreator {

    /** The button's label, already translated. */
    String label();

    /** Opens the creation dialog; {@code created} refreshes the account list. */
    void open(Runnable created);
}
