package org.redress.agreement;

/** Where an instalment stands on a day. Names are part of the API. */
public enum InstalmentStatus {
    OPEN, PARTLY_PAID, PAID, OVERDUE
}
