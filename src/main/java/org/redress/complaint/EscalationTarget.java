package org.redress.complaint;

/** Where an escalated case was sent. */
public enum EscalationTarget {
    ARBITRATION, COURT, POLICE, REGULATOR
}
