package org.redress.respondent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A respondent's answer to a referral, timely when given by the due date. Never edited. */
@Entity
@Table(name = "referral_response")
class ReferralResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_response_seq")
    @SequenceGenerator(name = "referral_response_seq", sequenceName = "referral_response_seq", allocationSize = 50)
    private Long id;

    @Column(name = "referral_id", nullable = false)
    private Long referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ResponseCode code;

    @Column(length = 4000)
    private String message;

    @Column(name = "amount_offered", precision = 12, scale = 2)
    private BigDecimal amountOffered;

    @Column(name = "responded_by", nullable = false, length = 50)
    private String respondedBy;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    @Column(nullable = false)
    private boolean timely;

    protected ReferralResponse() {
    }

    ReferralResponse(Long referralId, ResponseCode code, String message, BigDecimal amountOffered,
                     String respondedBy, Instant respondedAt, boolean timely) {
        this.referralId = referralId;
        this.code = code;
        this.message = message;
        this.amountOffered = amountOffered;
        this.respondedBy = respondedBy;
        this.respondedAt = respondedAt;
        this.timely = timely;
    }

    Long getReferralId() {
        return referralId;
    }

    Long getId() {
        return id;
    }

    ResponseCode getCode() {
        return code;
    }

    String getMessage() {
        return message;
    }

    BigDecimal getAmountOffered() {
        return amountOffered;
    }

    String getRespondedBy() {
        return respondedBy;
    }

    Instant getRespondedAt() {
        return respondedAt;
    }

    boolean isTimely() {
        return timely;
    }
}
