package org.redress.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment of an obligation: how much is due by when (agreed content), and how much of it has been paid
 * (tracking). Instalments of one obligation are numbered from 1 in the order they fall due.
 *
 * @param obligation the obligation's number in its agreement (1-based)
 */
@Embeddable
public record Instalment(@Column(name = "obligation_no", nullable = false) int obligation,
                         @Column(name = "number", nullable = false) int number,
                         @Column(name = "amount", nullable = false, precision = 12, scale = 2) BigDecimal amount,
                         @Column(name = "due_date", nullable = false) LocalDate dueDate,
                         @Column(name = "paid", nullable = false, precision = 12, scale = 2) BigDecimal paid,
                         @Column(name = "paid_on") LocalDate paidOn) {

    public BigDecimal outstanding() {
        return amount.subtract(paid);
    }

    public boolean isPaid() {
        return paid.compareTo(amount) >= 0;
    }

    public boolean isOverdue(LocalDate today) {
        return !isPaid() && dueDate.isBefore(today);
    }

    Instalment withPayment(BigDecimal more, LocalDate on) {
        return new Instalment(obligation, number, amount, dueDate, paid.add(more), on);
    }

    public InstalmentStatus status(LocalDate today) {
        if (isPaid()) {
            return InstalmentStatus.PAID;
        }
        if (dueDate.isBefore(today)) {
            return InstalmentStatus.OVERDUE;
        }
        return paid.signum() > 0 ? InstalmentStatus.PARTLY_PAID : InstalmentStatus.OPEN;
    }
}
