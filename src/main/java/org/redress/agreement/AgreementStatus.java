package org.redress.agreement;

/** DRAFT while it may change; BINDING once every required party signed (frozen). Names are part of the API. */
public enum AgreementStatus {
    DRAFT, BINDING
}
