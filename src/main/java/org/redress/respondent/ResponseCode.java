package org.redress.respondent;

/** How a respondent answers a referral, after the CFPB's closing codes. Names are part of the API. */
public enum ResponseCode {
    CLOSED_WITH_MONETARY_RELIEF, CLOSED_WITH_NON_MONETARY_RELIEF, CLOSED_WITH_EXPLANATION,
    /** Not closed yet: extends the due date once, with a reason. */
    IN_PROGRESS,
    INSTALMENTS_PAUSED, INSTALMENTS_CANCELLED, REFUNDED, REFUSED;

    /** Codes only a payment provider gives (what it did with the "use first, pay later" instalments). */
    public boolean providerOnly() {
        return this == INSTALMENTS_PAUSED || this == INSTALMENTS_CANCELLED || this == REFUNDED || this == REFUSED;
    }
}
