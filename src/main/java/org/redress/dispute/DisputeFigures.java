package org.redress.dispute;

import java.math.BigDecimal;
import java.util.Map;
import org.redress.complaint.Category;
import org.redress.complaint.PaymentMethod;

/** What a dispute's page shows at the top, counted in the database. */
record DisputeFigures(long members, long consumers, BigDecimal amountPaid, BigDecimal amountClaimed,
                      Map<String, Long> consent, Map<Category, Long> byCategory,
                      Map<PaymentMethod, Long> byPaymentMethod) {
}
