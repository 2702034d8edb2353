package org.redress.respondent;

/**
 * What staff decide once a respondent has answered (or failed to): close the case as settled (only after the
 * consumer confirmed it), take it to mediation, or escalate it to the market regulator or a court.
 */
public enum NextStep {
    CLOSE, MEDIATION, ESCALATION
}
