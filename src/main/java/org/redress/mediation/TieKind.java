package org.redress.mediation;

/** What a mediator's declared tie is to. */
public enum TieKind {
    MERCHANT, PLATFORM, PARTY
}
