package org.redress.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money owed to the consumer of case {@code caseNumber} under an agreement was recorded as paid. */
public record PaymentRecorded(long agreementId, String caseNumber, BigDecimal amount, LocalDate paidOn) {
}
