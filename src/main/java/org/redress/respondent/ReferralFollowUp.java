package org.redress.respondent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.base.TextRules;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EscalationTarget;
import org.redress.complaint.ReferredCases;
import org.redress.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff make of a respondent's answer: the consumer's confirmation that the matter is settled (or not),
 * asked by phone or in person and recorded with the date, and the next step. A case closes as settled only on the
 * consumer's word; mediation and escalation take the case's own steps, so its timeline and deadlines follow.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class ReferralFollowUp {

    static final int NOTE_MAX = 1000;

    private final ReferralRepository referrals;
    private final RespondentRepository respondents;
    private final Referrals views;
    private final ReferredCases referredCases;
    private final CaseWorkflow workflow;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReferralFollowUp(ReferralRepository referrals, RespondentRepository respondents, Referrals views,
                     ReferredCases referredCases, CaseWorkflow workflow, AuditService audit, CurrentUser currentUser,
                     Clock clock) {
        this.referrals = referrals;
        this.respondents = respondents;
        this.views = views;
        this.referredCases = referredCases;
        this.workflow = workflow;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records whether the consumer says the respondent's answer settled the matter; a later word replaces it. */
    public ReferralView confirm(long referralId, Boolean settled, String note) {
        if (settled == null) {
            throw new InvalidInputException(Map.of("settled", Message.of("validation.required")));
        }
        TextRules.require("note", note, NOTE_MAX, true);
        Referral referral = load(referralId);
        if (referral.getStatus() == ReferralStatus.OPEN) {
            throw new BusinessRuleException("error.referral.notAnsweredYet", referralId);
        }
        referral.confirmedByConsumer(settled, LocalDate.now(clock));
        String caseNumber = caseNumber(referral);
        audit.record(AuditSubject.COMPLAINT, referral.getComplaintId(), caseNumber, AuditAction.REFERRAL_CONFIRMED,
                "referral", null, StoredText.encode(settled ? "audit.value.consumerSettled"
                        : "audit.value.consumerNotSettled", note == null ? "" : note.strip()));
        return view(referral, caseNumber);
    }

    /**
     * Takes the next step: CLOSE (the consumer confirmed the matter settled), MEDIATION or ESCALATION (with where
     * to). The step must fit the case's status; the reason goes on the case's timeline.
     */
    public ReferralView decide(long referralId, NextStep step, String reason, EscalationTarget escalation) {
        if (step == null) {
            throw new InvalidInputException(Map.of("step", Message.of("validation.required")));
        }
        TextRules.require("reason", reason, NOTE_MAX, true);
        Referral referral = load(referralId);
        if (referral.getStatus() == ReferralStatus.OPEN) {
            throw new BusinessRuleException("error.referral.notAnsweredYet", referralId);
        }
        String caseNumber = caseNumber(referral);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        switch (step) {
            case CLOSE -> {
                if (!Boolean.TRUE.equals(referral.getConsumerSettled())) {
                    throw new BusinessRuleException("error.referral.closeNeedsConsumer");
                }
                workflow.transition(caseNumber, ComplaintStatus.CLOSED, why, null);
            }
            case MEDIATION -> workflow.transition(caseNumber, ComplaintStatus.IN_MEDIATION, why, null);
            case ESCALATION -> {
                if (escalation == null) {
                    throw new InvalidInputException(Map.of("escalationTarget", Message.of("validation.required")));
                }
                workflow.transition(caseNumber, ComplaintStatus.ESCALATED, why, escalation);
            }
        }
        referral.decide(step, currentUser.usernameOrSystem(), clock.instant());
        audit.record(AuditSubject.COMPLAINT, referral.getComplaintId(), caseNumber, AuditAction.REFERRAL_DECIDED,
                "nextStep", null, step.name());
        return view(referral, caseNumber);
    }

    private Referral load(long referralId) {
        return referrals.findById(referralId)
                .orElseThrow(() -> new NotFoundException("error.referral.noReferral", referralId));
    }

    private String caseNumber(Referral referral) {
        return referredCases.view(referral.getComplaintId()).caseNumber();
    }

    private ReferralView view(Referral referral, String caseNumber) {
        return views.view(referral, respondents.findById(referral.getRespondentId()).orElseThrow(), caseNumber);
    }
}
