package org.redress.consumernotice;

/** What a progress notice reports; stored by name, shown through {@code NoticeKind.<NAME>}. */
public enum NoticeKind {
    ACCEPTED, REJECTED, REFERRED, ANSWERED, SESSION_SCHEDULED, SESSION_RESCHEDULED, SESSION_CANCELLED,
    AGREEMENT_BINDING, PAYMENT_RECORDED
}
