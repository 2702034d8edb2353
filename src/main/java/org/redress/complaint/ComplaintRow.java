package org.redress.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A case as the case list shows it. */
public record ComplaintRow(String caseNumber, LocalDate receivedAt, String consumerName, String merchantName,
                           String platform, Category category, ComplaintStatus status, BigDecimal amountClaimed,
                           String assignee, LocalDate deadlineOn, boolean overdue) {
}
