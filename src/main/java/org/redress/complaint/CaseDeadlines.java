package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The 12315 clocks of a case: accept within 7 working days, the platform replies within its working days once
 * referred, mediation ends 60 days after acceptance. A step of the case stops one clock and starts the next, and
 * notes for good when a step came after the deadline that applied.
 */
@Embeddable
public class CaseDeadlines {

    @Column(name = "accept_due_on", nullable = false)
    private LocalDate acceptDueOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "referred_on")
    private LocalDate referredOn;

    @Column(name = "platform_reply_due_on")
    private LocalDate platformReplyDueOn;

    @Column(name = "mediation_due_on")
    private LocalDate mediationDueOn;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    /** The deadline that currently applies (acceptance, platform reply or mediation); null when none does. */
    @Column(name = "deadline_on")
    private LocalDate deadlineOn;

    /** Set once any deadline passed before the case moved on: the "timely response" figure counts these. */
    @Column(name = "deadline_missed", nullable = false)
    private boolean deadlineMissed;

    protected CaseDeadlines() {
    }

    static CaseDeadlines startingWith(LocalDate acceptDueOn) {
        CaseDeadlines deadlines = new CaseDeadlines();
        deadlines.acceptDueOn = acceptDueOn;
        deadlines.deadlineOn = acceptDueOn;
        return deadlines;
    }

    /** Moves the clocks for a step to {@code target} taken on {@code today}; true when the step concludes the case. */
    boolean step(ComplaintStatus target, LocalDate today, DeadlinePolicy policy) {
        if (deadlineOn != null && today.isAfter(deadlineOn)) {
            deadlineMissed = true;
        }
        if (target.isAccepted() && acceptedOn == null) {
            acceptedOn = today;
            mediationDueOn = policy.mediationDue(today);
        }
        if (target == ComplaintStatus.REFERRED_TO_PLATFORM) {
            referredOn = today;
            platformReplyDueOn = policy.platformReplyDue(today);
        }
        boolean concludes = !target.isOpen() && concludedOn == null;
        if (concludes) {
            concludedOn = today;
        }
        resume(target);
        return concludes;
    }

    /** A merged duplicate has no deadline of its own: the surviving case's clock runs for both. */
    void pause() {
        deadlineOn = null;
    }

    /** The deadline that applies in {@code status} (after an unmerge, the one the case had). */
    void resume(ComplaintStatus status) {
        deadlineOn = switch (status) {
            case RECEIVED, UNDER_REVIEW -> acceptDueOn;
            case REFERRED_TO_PLATFORM -> platformReplyDueOn;
            case IN_MEDIATION -> mediationDueOn;
            default -> null;
        };
    }

    public boolean isOverdueOn(LocalDate today) {
        return deadlineOn != null && today.isAfter(deadlineOn);
    }

    public LocalDate getAcceptDueOn() {
        return acceptDueOn;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getPlatformReplyDueOn() {
        return platformReplyDueOn;
    }

    public LocalDate getMediationDueOn() {
        return mediationDueOn;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public LocalDate getDeadlineOn() {
        return deadlineOn;
    }

    public boolean isDeadlineMissed() {
        return deadlineMissed;
    }
}
