package org.redress.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An instalment as drafted: amount and due date. Field names are part of the API. */
public record InstalmentLine(BigDecimal amount, LocalDate dueDate) {
}
