package org.redress.agreement;

/** Where an obligation stands. Names are part of the API. */
public enum ObligationStatus {
    PENDING, FULFILLED, OVERDUE, WAIVED
}
