package org.redress.mediation;

/** How a session ended. Constant names are part of the API. */
public enum SessionOutcome {
    AGREEMENT_REACHED, ADJOURNED, FAILED, NO_SHOW
}
