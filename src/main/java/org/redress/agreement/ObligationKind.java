package org.redress.agreement;

/** What an obligation asks for. Names are part of the API. */
public enum ObligationKind {
    REFUND, COMPENSATION, RETURN_GOODS, REPLACEMENT, APOLOGY, OTHER;

    /** Kinds that move money, whose amount is required. */
    public boolean isMoney() {
        return this == REFUND || this == COMPENSATION;
    }
}
