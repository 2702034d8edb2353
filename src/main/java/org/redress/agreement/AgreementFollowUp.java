package org.redress.agreement;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditAction;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.base.TextRules;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EscalationTarget;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.EvidenceType;
import org.redress.dispute.DisputeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following agreements up: obligations due in the coming days and those overdue, per merchant; and escalation of a
 * case whose agreement is not honoured (arbitration, court, police, regulator) with the agreement PDF attached to it.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class AgreementFollowUp {

    private final AgreementRepository agreements;
    private final AgreementQueries queries;
    private final AgreementSubjects subjects;
    private final AgreementTimeline timeline;
    private final ComplaintService complaints;
    private final DisputeService disputes;
    private final CaseWorkflow workflow;
    private final EvidenceService evidence;
    private final Clock clock;

    AgreementFollowUp(AgreementRepository agreements, AgreementQueries queries, AgreementSubjects subjects,
                      AgreementTimeline timeline, ComplaintService complaints,
                      DisputeService disputes, CaseWorkflow workflow, EvidenceService evidence, Clock clock) {
        this.agreements = agreements;
        this.queries = queries;
        this.subjects = subjects;
        this.timeline = timeline;
        this.complaints = complaints;
        this.disputes = disputes;
        this.workflow = workflow;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Overdue obligations and those due within {@code days}, grouped per merchant, most money overdue first. */
    @Transactional(readOnly = true)
    public List<MerchantFollowUp> byMerchant(int days) {
        if (days < 0 || days > 90) {
            throw new InvalidInputException(Map.of("days", Message.of("error.agreement.betweenDays")));
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> merchantOf = new HashMap<>();
        Map<String, List<FollowUpItem>> grouped = new LinkedHashMap<>();
        for (Agreement a : agreements.needingFollowUp(today.plusDays(days))) {
            String merchant = merchantOf.computeIfAbsent(a.getCaseRef(), ref -> a.getDisputeId() != null
                    ? disputes.get(a.getDisputeId()).merchantName() : complaints.get(ref).merchantName());
            int n = 0;
            for (Obligation o : a.getObligations()) {
                n++;
                boolean overdue = o.status() == ObligationStatus.OVERDUE;
                boolean dueSoon = o.status() == ObligationStatus.PENDING && o.dueDate() != null
                        && !o.dueDate().isAfter(today.plusDays(days));
                if (overdue || dueSoon) {
                    grouped.computeIfAbsent(merchant, k -> new ArrayList<>()).add(new FollowUpItem(a.getId(),
                            a.getCaseRef(), merchant, n, o.debtor(), o.creditor(), o.kind(), o.amount(), o.dueDate(),
                            o.status(), o.dueDate() == null || !overdue ? 0
                            : ChronoUnit.DAYS.between(o.dueDate(), today)));
                }
            }
        }
        List<MerchantFollowUp> result = new ArrayList<>();
        grouped.forEach((merchant, items) -> {
            items.sort(Comparator.comparing(FollowUpItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
            result.add(new MerchantFollowUp(merchant, items, sum(items, ObligationStatus.OVERDUE),
                    sum(items, ObligationStatus.PENDING),
                    items.stream().filter(i -> i.status() == ObligationStatus.OVERDUE).count()));
        });
        result.sort(Comparator.comparing(MerchantFollowUp::overdueAmount).reversed()
                .thenComparing(MerchantFollowUp::merchant));
        return result;
    }

    /**
     * Escalates the cases of consumers left unpaid by an overdue obligation: each moves to ESCALATED with the target,
     * and the agreement PDF is attached to it as evidence. Mediators and administrators only.
     */
    @PreAuthorize(Roles.MEDIATORS)
    public List<String> escalate(long agreementId, EscalationTarget target, String note) {
        if (target == null) {
            throw new InvalidInputException(Map.of("target",
                    Message.of("error.agreement.chooseWhereEscalateArbitration")));
        }
        Agreement agreement = agreements.require(agreementId);
        AgreementSubject subject = subjects.of(agreement);
        List<String> unpaid = new ArrayList<>();
        subject.consumerCases(agreement).forEach((caseNumber, owed) -> {
            if (owed.stream().anyMatch(o -> o.status() == ObligationStatus.OVERDUE)) {
                unpaid.add(caseNumber);
            }
        });
        if (agreement.getObligations().stream().noneMatch(o -> o.status() == ObligationStatus.OVERDUE)) {
            throw new BusinessRuleException("error.agreement.nothingAgreementAgOverdue", agreementId);
        }
        if (unpaid.isEmpty() && subject.complaintId() != null) {
            unpaid.add(subject.ref());
        }
        byte[] pdf = queries.pdf(agreementId);
        String reason = StoredText.encode(note == null || note.isBlank() ? "audit.value.notHonoured"
                : "audit.value.notHonouredBecause", agreementId, note == null ? "" : note.trim());
        List<String> escalated = new ArrayList<>();
        for (String caseNumber : unpaid) {
            if (complaints.get(caseNumber).status().canMoveTo(ComplaintStatus.ESCALATED)) {
                evidence.add(caseNumber, EvidenceType.CONTRACT, "调解协议书-AG-" + agreementId + ".pdf",
                        new ByteArrayInputStream(pdf));
                workflow.transition(caseNumber, ComplaintStatus.ESCALATED, reason, target);
                escalated.add(caseNumber);
            }
        }
        if (escalated.isEmpty()) {
            throw new BusinessRuleException("error.agreement.noneCasesAgCan", agreementId);
        }
        timeline.record(agreement, subject, AuditAction.AGREEMENT_ESCALATED,
                Message.of("audit.value.escalated", target, String.join(", ", escalated)));
        return escalated;
    }

    /**
     * Records the court's ruling confirming a binding agreement (司法确认): the court, the ruling's number and its
     * date, which the enforcement application cites. A later entry corrects an earlier one; both stay in the trail.
     */
    public AgreementDetails recordConfirmation(long agreementId, String court, String ruling, LocalDate confirmedOn) {
        Map<String, Message> errors = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : Map.of("court", court == null ? "" : court, "ruling",
                ruling == null ? "" : ruling).entrySet()) {
            if (field.getValue().isBlank()) {
                errors.put(field.getKey(), Message.of("validation.required"));
            }
        }
        TextRules.check(errors, "court", court, 200, false);
        TextRules.check(errors, "ruling", ruling, 100, false);
        if (confirmedOn == null) {
            errors.put("confirmedOn", Message.of("validation.required"));
        } else if (confirmedOn.isAfter(LocalDate.now(clock))) {
            errors.put("confirmedOn", Message.of("validation.notInFuture"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Agreement agreement = agreements.require(agreementId);
        if (agreement.getBindingAt() != null && confirmedOn.isBefore(
                agreement.getBindingAt().atZone(clock.getZone()).toLocalDate())) {
            throw new InvalidInputException(Map.of("confirmedOn", Message.of("error.agreement.confirmedBeforeBinding")));
        }
        agreement.confirm(court.strip(), ruling.strip(), confirmedOn);
        timeline.record(agreement, subjects.of(agreement), AuditAction.AGREEMENT_CONFIRMED,
                Message.of("audit.value.confirmed", court.strip(), ruling.strip(), confirmedOn));
        return queries.get(agreementId);
    }

    private static BigDecimal sum(List<FollowUpItem> items, ObligationStatus status) {
        return items.stream().filter(i -> i.status() == status && i.amount() != null && i.kind().isMoney())
                .map(FollowUpItem::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
