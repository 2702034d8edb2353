package org.redress.dispute;

/** A member consumer's answer to being represented in the class dispute. Constant names are part of the API. */
public enum ConsentDecision {
    GIVEN, REFUSED, WITHDRAWN
}
