package org.redress.respondent;

/** Where a referral stands. Names are part of the API. */
public enum ReferralStatus {
    /** Waiting for the respondent's answer, within the due date. */
    OPEN,
    /** Answered with a closing code. */
    ANSWERED,
    /** Not answered by its due date. */
    OVERDUE;

    public boolean awaitsAnswer() {
        return this != ANSWERED;
    }
}
