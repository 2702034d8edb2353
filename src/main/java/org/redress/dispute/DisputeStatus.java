package org.redress.dispute;

/** Where a class dispute stands. Constant names are part of the API. */
public enum DisputeStatus {
    OPEN, IN_MEDIATION, SETTLED, PARTIALLY_SETTLED, ESCALATED, CLOSED;

    public boolean isOpen() {
        return this == OPEN || this == IN_MEDIATION;
    }
}
