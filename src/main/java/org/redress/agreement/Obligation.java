package org.redress.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an agreement: who owes what to whom, by when; and how it stands.
 *
 * @param debtor   CONSUMER, MERCHANT or PLATFORM, or a member consumer's case number in a class dispute
 * @param creditor the same set
 */
@Embeddable
public record Obligation(@Column(name = "debtor", nullable = false, length = 30) String debtor,
                         @Column(name = "creditor", nullable = false, length = 30) String creditor,
                         @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20)
                         ObligationKind kind,
                         @Column(name = "amount", precision = 12, scale = 2) BigDecimal amount,
                         @Column(name = "due_date") LocalDate dueDate,
                         @Column(name = "description", length = Obligation.TEXT_MAX) String description,
                         @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 20)
                         ObligationStatus status,
                         @Column(name = "settled_on") LocalDate settledOn,
                         @Column(name = "note", length = Obligation.TEXT_MAX) String note) {

    /** Longest description or note (the columns' length). */
    public static final int TEXT_MAX = 1000;

    public Obligation withStatus(ObligationStatus newStatus, LocalDate on, String newNote) {
        return new Obligation(debtor, creditor, kind, amount, dueDate, description, newStatus, on, newNote);
    }
}
