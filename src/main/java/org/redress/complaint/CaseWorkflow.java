package org.redress.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.redress.base.Message;
import org.redress.base.StoredText;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.ConflictOfInterest;
import org.redress.base.NotPermittedException;
import org.redress.base.Roles;
import org.redress.security.AccountDirectory;
import org.redress.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moving cases through their lifecycle and assigning them to staff. */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class CaseWorkflow {

    private final ComplaintService complaints;
    private final DeadlinePolicy deadlines;
    private final AccountDirectory accounts;
    private final AuditService audit;
    private final TransitionRules transitionRules;
    private final ConflictOfInterest conflicts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseWorkflow(ComplaintService complaints, DeadlinePolicy deadlines, AccountDirectory accounts, AuditService audit,
                 TransitionRules transitionRules, ConflictOfInterest conflicts, ApplicationEventPublisher events,
                 Clock clock) {
        this.events = events;
        this.conflicts = conflicts;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.audit = audit;
        this.transitionRules = transitionRules;
        this.clock = clock;
    }

    /**
     * Moves a case to {@code target}. Fails with a message naming the allowed steps when the step is not allowed,
     * and when the user's role may not take it.
     */
    public ComplaintDetails transition(String caseNumber, ComplaintStatus target, String reason,
                                       EscalationTarget escalation) {
        return move(caseNumber, target, reason, escalation, LocalDate.now(clock));
    }

    /**
     * Records a step that was taken on an earlier date, e.g. when cases are migrated from a previous system with
     * their history; deadlines are reckoned from that date. Administrators only, and never into the future or
     * before the case was received.
     */
    @PreAuthorize(Roles.ADMINS)
    public ComplaintDetails recordPastTransition(String caseNumber, ComplaintStatus target, String reason,
                                                 EscalationTarget escalation, LocalDate on) {
        Complaint complaint = complaints.load(caseNumber);
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(complaint.getReceivedAt())) {
            throw new BusinessRuleException("error.complaint.pastStepMustLie");
        }
        return move(caseNumber, target, reason, escalation, on);
    }

    private ComplaintDetails move(String caseNumber, ComplaintStatus target, String reason,
                                  EscalationTarget escalation, LocalDate on) {
        Complaint complaint = complaints.load(caseNumber);
        if (!transitionRules.currentUserMay(target)) {
            throw new NotPermittedException("denied.moveCase", target);
        }
        ComplaintStatus before = complaint.getStatus();
        complaint.moveTo(target, on, deadlines, reason, escalation);
        boolean because = reason != null && !reason.isBlank();
        String why = because ? reason.trim() : "";
        String after = StoredText.encode(escalation != null && target == ComplaintStatus.ESCALATED
                        ? (because ? "audit.value.escalatedToBecause" : "audit.value.escalatedTo")
                        : (because ? "audit.value.statusBecause" : "audit.value.status"),
                target, escalation == null ? "" : escalation, why,
                on.equals(LocalDate.now(clock)) ? "" : Message.of("audit.value.asOf", on));
        audit.record(AuditSubject.COMPLAINT, complaint.getId(), complaint.getCaseNumber(), AuditAction.STATUS_CHANGED,
                "status", before.name(), after);
        if (on.equals(LocalDate.now(clock))) {
            events.publishEvent(new CaseStatusChanged(complaint.getId(), complaint.getCaseNumber(), before, target,
                    because ? why : null));
        }
        return complaints.toDetails(complaint);
    }

    /**
     * The case moves to IN_MEDIATION when its first session is scheduled, through review if it was only received;
     * a case already in mediation or beyond is left as it is.
     */
    public void enterMediation(String caseNumber, String why) {
        Complaint complaint = complaints.load(caseNumber);
        if (complaint.getStatus() == ComplaintStatus.RECEIVED) {
            move(caseNumber, ComplaintStatus.UNDER_REVIEW, why, null, LocalDate.now(clock));
        }
        if (complaint.getStatus().canMoveTo(ComplaintStatus.IN_MEDIATION)) {
            move(caseNumber, ComplaintStatus.IN_MEDIATION, why, null, LocalDate.now(clock));
        }
    }

    /**
     * Follows a mediation agreement: AGREEMENT_REACHED when it becomes binding (through mediation if the case had not
     * got there), FULFILLED when everything owed to the consumer is paid. The agreement's own rules decide who may
     * cause this, so the step is taken whatever the user's role; steps that no longer apply are skipped.
     */
    public void followAgreement(String caseNumber, ComplaintStatus target, String why) {
        Complaint complaint = complaints.load(caseNumber);
        LocalDate today = LocalDate.now(clock);
        List<ComplaintStatus> path = target == ComplaintStatus.FULFILLED
                ? List.of(ComplaintStatus.UNDER_REVIEW, ComplaintStatus.IN_MEDIATION, ComplaintStatus.AGREEMENT_REACHED,
                ComplaintStatus.FULFILLED)
                : List.of(ComplaintStatus.UNDER_REVIEW, ComplaintStatus.IN_MEDIATION, ComplaintStatus.AGREEMENT_REACHED);
        for (ComplaintStatus step : path) {
            if (complaint.getStatus().canMoveTo(step)) {
                ComplaintStatus before = complaint.getStatus();
                complaint.moveTo(step, today, deadlines, why, null);
                audit.record(AuditSubject.COMPLAINT, complaint.getId(), complaint.getCaseNumber(), AuditAction.STATUS_CHANGED,
                        "status", before.name(), StoredText.encode("audit.value.statusBecause", step, "", why, ""));
            }
        }
    }

    /** Assigns the case to a staff member or mediator; null or blank clears the assignment. */
    public ComplaintDetails assign(String caseNumber, String username) {
        Complaint complaint = complaints.load(caseNumber);
        String assignee = username == null || username.isBlank() ? null : username.trim();
        if (assignee != null
                && !accounts.isActiveWithAnyRole(assignee, EnumSet.of(Role.STAFF, Role.MEDIATOR, Role.ADMIN))) {
            throw new BusinessRuleException("error.complaint.casesCanOnlyAssigned");
        }
        if (assignee != null) {
            conflicts.tieBlocking(assignee, complaint.getMerchant() == null ? null : complaint.getMerchant().getId(),
                    complaint.getPlatform() == null ? List.of() : complaint.getPlatform().names(), List.of(complaint.getConsumer().name())).ifPresent(why -> {
                        throw new BusinessRuleException(why);
                    });
        }
        audit.recordChange(AuditSubject.COMPLAINT, complaint.getId(), complaint.getCaseNumber(), "assignee",
                complaint.getAssignee(), assignee);
        complaint.setAssignee(assignee);
        return complaints.toDetails(complaint);
    }
}
