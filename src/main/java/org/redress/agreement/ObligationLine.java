package org.redress.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An obligation as drafted. Field names are part of the API. */
public record ObligationLine(String debtor, String creditor, ObligationKind kind, BigDecimal amount,
                             LocalDate dueDate, String description) {
}
