package org.redress.consumernotice;

/** PENDING until delivered (SENT) or every try failed (FAILED, shown to staff); staff may send a failed one again. */
public enum NoticeStatus {
    PENDING, SENT, FAILED
}
