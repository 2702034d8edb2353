package org.redress.mediation;

/** Where a session stands. Constant names are part of the API. */
public enum SessionStatus {
    SCHEDULED, HELD, CANCELLED
}
