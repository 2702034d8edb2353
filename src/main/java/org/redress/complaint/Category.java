package org.redress.complaint;

/** What the complaint is about. Constant names are part of the API. */
public enum Category {
    FALSE_ADVERTISING, NOT_DELIVERED, MERCHANT_ABSCONDED, DEFECTIVE_OR_COUNTERFEIT, REFUND_REFUSED, DUPLICATE_CHARGE,
    HIDDEN_FEES, ACCOUNT_FRAUD, OTHER
}
