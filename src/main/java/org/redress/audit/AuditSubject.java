package org.redress.audit;

/** The kinds of records whose changes are audited. */
public enum AuditSubject {
    COMPLAINT, MERCHANT, USER, DISPUTE, SESSION, AGREEMENT, TIE, ROOM
}
