package org.redress.complaint;

/** The kind of document a consumer supplied. */
public enum EvidenceType {
    ORDER_SCREENSHOT, PAYMENT_VOUCHER, CHAT_LOG, ADVERT_CAPTURE, CONTRACT, BANK_STATEMENT, OTHER,
    /** Attached by a merchant, platform or payment provider to its answer to a referral. */
    RESPONDENT_REPLY
}
