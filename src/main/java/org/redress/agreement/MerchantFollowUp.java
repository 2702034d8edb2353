package org.redress.agreement;

import java.math.BigDecimal;
import java.util.List;

/** A merchant's obligations that need watching, with the money overdue and due soon. */
public record MerchantFollowUp(String merchant, List<FollowUpItem> items, BigDecimal overdueAmount,
                               BigDecimal dueSoonAmount, long overdueCount) {
}
