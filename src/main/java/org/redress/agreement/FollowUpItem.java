package org.redress.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One obligation that needs watching: due soon or overdue. Field names are part of the API. */
public record FollowUpItem(long agreementId, String caseRef, String merchant, int number, String debtor,
                           String creditor, ObligationKind kind, BigDecimal amount, LocalDate dueDate,
                           ObligationStatus status, long daysOverdue) {
}
