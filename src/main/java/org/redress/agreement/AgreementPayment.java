package org.redress.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment received for a member's share, as the payer's file listed it, and how much of it was applied to the
 * instalments (the rest was reported as an over-payment). Never edited.
 */
@Entity
@Table(name = "agreement_payment")
class AgreementPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_payment_seq")
    @SequenceGenerator(name = "agreement_payment_seq", sequenceName = "agreement_payment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(name = "obligation_no", nullable = false)
    private int obligation;

    @Column(name = "case_number", nullable = false, length = 30)
    private String caseNumber;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal applied;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AgreementPayment() {
    }

    AgreementPayment(Long agreementId, int obligation, String caseNumber, BigDecimal amount, BigDecimal applied,
                     LocalDate paidOn, String reference, String recordedBy, Instant recordedAt) {
        this.agreementId = agreementId;
        this.obligation = obligation;
        this.caseNumber = caseNumber;
        this.amount = amount;
        this.applied = applied;
        this.paidOn = paidOn;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    String getCaseNumber() {
        return caseNumber;
    }

    BigDecimal getAmount() {
        return amount;
    }

    LocalDate getPaidOn() {
        return paidOn;
    }
}
