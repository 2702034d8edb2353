package org.redress.agreement;

/** What a class member's share is computed from. Names are part of the API. */
public enum EntitlementBasis {
    /** The amount the member paid. */
    PAID,
    /** The amount the member claimed. */
    CLAIMED
}
