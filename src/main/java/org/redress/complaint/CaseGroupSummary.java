package org.redress.complaint;

import java.math.BigDecimal;
import java.util.Map;

/** Totals over a set of complaints (a class dispute's members). */
public record CaseGroupSummary(long complaints, long consumers, BigDecimal amountPaid, BigDecimal amountClaimed,
                               Map<Category, Long> byCategory, Map<PaymentMethod, Long> byPaymentMethod) {
}
