package org.redress.agreement;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.redress.audit.AuditAction;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.base.TextRules;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.EvidenceType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking the obligations of a binding agreement: fulfilled (with a voucher kept as evidence) or waived. A consumer
 * whose money has all been paid has their case followed to FULFILLED.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class AgreementObligations {

    private final AgreementRepository agreements;
    private final AgreementSubjects subjects;
    private final AgreementTimeline timeline;
    private final AgreementMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EvidenceService evidence;
    private final CaseWorkflow workflow;

    AgreementObligations(AgreementRepository agreements, AgreementSubjects subjects, AgreementTimeline timeline,
                         AgreementMapper mapper, ApplicationEventPublisher events, Clock clock, EvidenceService evidence, CaseWorkflow workflow) {
        this.events = events;
        this.agreements = agreements;
        this.subjects = subjects;
        this.timeline = timeline;
        this.mapper = mapper;
        this.clock = clock;
        this.evidence = evidence;
        this.workflow = workflow;
    }

    /** Waives an obligation of a binding agreement (the creditor gave it up); a reason is required. */
    public AgreementDetails waive(long id, int number, String reason) {
        Agreement agreement = agreements.require(id);
        if (agreement.getStatus() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("error.agreement.obligationsTrackedOnceAgreement");
        }
        if (number < 1 || number > agreement.getObligations().size()) {
            throw new NotFoundException("error.agreement.agreementHasNoObligation", id, number);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", Message.of("error.agreement.sayWhyObligationWaived")));
        }
        TextRules.require("reason", reason, Obligation.TEXT_MAX, true);
        Obligation before = agreement.getObligations().get(number - 1);
        refuseSettled(number, before);
        agreement.track(number, before.withStatus(ObligationStatus.WAIVED, LocalDate.now(clock), reason.trim()));
        AgreementSubject subject = subjects.of(agreement);
        timeline.record(agreement, subject, AuditAction.OBLIGATION_WAIVED,
                Message.of("audit.value.obligationWaived", number, reason.trim()));
        settleConsumers(agreement, subject);
        return mapper.details(agreement);
    }

    /** Marks an obligation of a binding agreement as fulfilled on a date. */
    public AgreementDetails fulfil(long id, int number, LocalDate on, String note) {
        Agreement agreement = agreements.require(id);
        if (agreement.getStatus() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("error.agreement.obligationsTrackedOnceAgreement");
        }
        if (number < 1 || number > agreement.getObligations().size()) {
            throw new NotFoundException("error.agreement.agreementHasNoObligation", id, number);
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Map.of("date", Message.of(on == null ? "validation.dateRequired"
                    : "validation.notInFuture")));
        }
        TextRules.require("note", note, Obligation.TEXT_MAX, true);
        Obligation before = agreement.getObligations().get(number - 1);
        refuseSettled(number, before);
        agreement.track(number, before.withStatus(ObligationStatus.FULFILLED, on,
                note == null || note.isBlank() ? null : note.trim()));
        AgreementSubject subject = subjects.of(agreement);
        timeline.record(agreement, subject, AuditAction.OBLIGATION_FULFILLED,
                Message.of("audit.value.obligationFulfilled", number, on));
        String consumerCase = before.amount() == null || before.amount().signum() <= 0 ? null
                : "CONSUMER".equals(before.creditor()) || subject.memberCases().contains(before.creditor())
                ? caseOf(subject, before) : null;
        if (consumerCase != null) {
            events.publishEvent(new PaymentRecorded(id, consumerCase, before.amount(), on));
        }
        settleConsumers(agreement, subject);
        return mapper.details(agreement);
    }

    /**
     * Marks an obligation fulfilled with its payment voucher (or other proof), which is kept as evidence on the case
     * of the consumer it was owed to (or the agreement's own case) and named in the obligation's note.
     */
    public AgreementDetails fulfilWithVoucher(long id, int number, LocalDate on, String note, String fileName,
                                              InputStream voucher) {
        Agreement agreement = agreements.require(id);
        if (number < 1 || number > agreement.getObligations().size()) {
            throw new NotFoundException("error.agreement.agreementHasNoObligation", id, number);
        }
        if (agreement.getStatus() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("error.agreement.obligationsTrackedOnceAgreement");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Map.of("date", Message.of(on == null ? "validation.dateRequired"
                    : "validation.notInFuture")));
        }
        AgreementSubject subject = subjects.of(agreement);
        Obligation obligation = agreement.getObligations().get(number - 1);
        String caseNumber = caseOf(subject, obligation);
        if (caseNumber == null) {
            throw new BusinessRuleException("error.agreement.obligationNotOwedConsumer");
        }
        var item = evidence.add(caseNumber, EvidenceType.PAYMENT_VOUCHER, fileName, voucher);
        String withVoucher = StoredText.encode(note == null || note.isBlank() ? "audit.value.voucher"
                : "audit.value.voucherWithNote", caseNumber, item.id(), item.originalName(),
                note == null ? "" : note.trim());
        return fulfil(id, number, on, withVoucher);
    }

    /** The case of the consumer an obligation is owed to, else the agreement's own case; null for a class's own. */
    private static String caseOf(AgreementSubject subject, Obligation obligation) {
        return "CONSUMER".equals(obligation.creditor()) && subject.complaintId() != null ? subject.ref()
                : subject.memberCases().contains(obligation.creditor()) ? obligation.creditor()
                : subject.complaintId() != null ? subject.ref() : null;
    }

    /** A fulfilled or waived obligation stays as recorded: a second record would overwrite the first. */
    private static void refuseSettled(int number, Obligation obligation) {
        if (obligation.status() == ObligationStatus.FULFILLED || obligation.status() == ObligationStatus.WAIVED) {
            throw new BusinessRuleException("error.agreement.obligationAlready", number, obligation.status(),
                    obligation.settledOn() == null ? "" : " (" + obligation.settledOn() + ")");
        }
    }

    /** A consumer whose money has all been paid (or waived, with at least one payment) has their case FULFILLED. */
    void settleConsumers(Agreement agreement, AgreementSubject subject) {
        subject.consumerCases(agreement).forEach((caseNumber, owed) -> {
            boolean settled = owed.stream().allMatch(o -> o.status() == ObligationStatus.FULFILLED
                    || o.status() == ObligationStatus.WAIVED);
            boolean paid = owed.stream().anyMatch(o -> o.status() == ObligationStatus.FULFILLED);
            if (settled && paid) {
                workflow.followAgreement(caseNumber, ComplaintStatus.FULFILLED,
                        StoredText.encode("audit.value.allPaid", agreement.getId()));
            }
        });
    }
}
