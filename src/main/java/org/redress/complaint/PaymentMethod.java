package org.redress.complaint;

/** How the consumer paid. Constant names are part of the API. */
public enum PaymentMethod {
    /** Use first, pay later (先用后付). */
    BUY_NOW_PAY_LATER, CARD, WALLET, BANK_TRANSFER, CASH_ON_DELIVERY, INSTALMENTS
}
