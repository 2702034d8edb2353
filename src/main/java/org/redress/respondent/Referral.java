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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A complaint referred to a respondent, answerable by a due date (extended once at most). */
@Entity
@Table(name = "referral")
class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(name = "respondent_id", nullable = false)
    private Long respondentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RespondentKind target;

    @Column(length = 2000)
    private String message;

    @Column(name = "referred_by", nullable = false, length = 50)
    private String referredBy;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean extended;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status = ReferralStatus.OPEN;

    /** The consumer's word on the answer: settled or not; null until staff asked. */
    @Column(name = "consumer_settled")
    private Boolean consumerSettled;

    @Column(name = "consumer_confirmed_on")
    private LocalDate consumerConfirmedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_step", length = 20)
    private NextStep nextStep;

    @Column(name = "next_step_by", length = 50)
    private String nextStepBy;

    @Column(name = "next_step_at")
    private Instant nextStepAt;

    protected Referral() {
    }

    Referral(Long complaintId, Long respondentId, RespondentKind target, String message, String referredBy,
             Instant referredAt, LocalDate dueOn) {
        this.complaintId = complaintId;
        this.respondentId = respondentId;
        this.target = target;
        this.message = message;
        this.referredBy = referredBy;
        this.referredAt = referredAt;
        this.dueOn = dueOn;
    }

    void confirmedByConsumer(boolean settled, LocalDate on) {
        consumerSettled = settled;
        consumerConfirmedOn = on;
    }

    void decide(NextStep step, String by, Instant at) {
        nextStep = step;
        nextStepBy = by;
        nextStepAt = at;
    }

    Boolean getConsumerSettled() {
        return consumerSettled;
    }

    LocalDate getConsumerConfirmedOn() {
        return consumerConfirmedOn;
    }

    NextStep getNextStep() {
        return nextStep;
    }

    void extendTo(LocalDate newDue) {
        extended = true;
        dueOn = newDue;
        status = ReferralStatus.OPEN;
    }

    void answered() {
        status = ReferralStatus.ANSWERED;
    }

    void overdue() {
        status = ReferralStatus.OVERDUE;
    }

    Long getId() {
        return id;
    }

    Long getComplaintId() {
        return complaintId;
    }

    Long getRespondentId() {
        return respondentId;
    }

    RespondentKind getTarget() {
        return target;
    }

    String getMessage() {
        return message;
    }

    Instant getReferredAt() {
        return referredAt;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    boolean isExtended() {
        return extended;
    }

    ReferralStatus getStatus() {
        return status;
    }
}
