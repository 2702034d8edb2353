package org.redress.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An obligation as drafted. Field names are part of the API.
 *
 * @param instalments how a money obligation is paid in parts (amounts summing to {@code amount}, due dates in order);
 *                    empty or null: in one payment by {@code dueDate}
 */
public record ObligationLine(String debtor, String creditor, ObligationKind kind, BigDecimal amount,
                             LocalDate dueDate, String description, List<InstalmentLine> instalments) {

    public ObligationLine(String debtor, String creditor, ObligationKind kind, BigDecimal amount, LocalDate dueDate,
                          String description) {
        this(debtor, creditor, kind, amount, dueDate, description, List.of());
    }
}
