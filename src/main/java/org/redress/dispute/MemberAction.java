package org.redress.dispute;

/** What can be done to many member cases at once. Names are part of the API. */
public enum MemberAction {
    /** Move each case one step in its lifecycle, to the status given. */
    STATUS,
    /** Put the same note on each case's timeline. */
    NOTE,
    /** Send each member the same text by SMS (or e-mail where there is no mobile number). */
    NOTICE
}
