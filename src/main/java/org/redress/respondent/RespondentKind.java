package org.redress.respondent;

/** Who a complaint can be referred to. Names are part of the API. */
public enum RespondentKind {
    MERCHANT, PLATFORM, PAYMENT_PROVIDER
}
