package org.redress.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A complaint as the merchant, platform or payment provider it was referred to may see it: what happened, and who
 * complained only where the consumer agreed to share their contact details (otherwise masked). No staff notes, no
 * history. Field names are part of the API.
 */
public record ReferredCase(String caseNumber, LocalDate receivedAt, String merchantName, String platform,
                           String orderNumber, LocalDate purchaseDate, BigDecimal amountPaid,
                           BigDecimal amountClaimed, PaymentMethod paymentMethod, Category category, String narrative,
                           boolean contactShared, String consumerName, String consumerPhone, String consumerEmail) {
}
