package org.redress.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.audit.AuditAction;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.Texts;
import org.redress.complaint.PaymentMethod;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeMemberRow;
import org.redress.dispute.DisputeMembers;
import org.redress.dispute.MemberFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collective agreement of a class dispute: one line per consenting member, each an obligation of its own with
 * its instalments, computed from what the member paid or claimed and editable member by member while the agreement is
 * a draft. The total is always the sum of the members' lines, in exact decimal arithmetic.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class CollectiveSettlement {

    static final BigDecimal MAX_PERCENT = new BigDecimal("400");
    private static final int MAX_MEMBERS = 20_000;

    private final AgreementDrafting drafting;
    private final AgreementRepository agreements;
    private final AgreementSubjects subjects;
    private final AgreementTimeline timeline;
    private final AgreementMapper mapper;
    private final DisputeMembers members;
    private final Clock clock;

    CollectiveSettlement(AgreementDrafting drafting, AgreementRepository agreements, AgreementSubjects subjects,
                         AgreementTimeline timeline, AgreementMapper mapper, DisputeMembers members, Clock clock) {
        this.drafting = drafting;
        this.agreements = agreements;
        this.subjects = subjects;
        this.timeline = timeline;
        this.mapper = mapper;
        this.members = members;
        this.clock = clock;
    }

    /** Drafts the collective agreement: every member whose latest decision is consent given gets a line. */
    @PreAuthorize(Roles.MEDIATORS)
    public AgreementDetails draft(SettlementTerms terms) {
        Checked t = check(terms);
        List<DisputeMemberRow> consenting = members.page(terms.disputeId(),
                new MemberFilter(null, ConsentDecision.GIVEN, false), 0, MAX_MEMBERS);
        if (consenting.isEmpty()) {
            throw new BusinessRuleException("error.agreement.noConsentingMembers");
        }
        List<ObligationLine> lines = new ArrayList<>();
        for (DisputeMemberRow m : consenting) {
            lines.add(line(m, t));
        }
        String recitals = terms.recitals();
        if (recitals == null || recitals.isBlank()) {
            // The default recitals say how the shares were computed, so the document explains its own schedule.
            recitals = subjects.resolve(null, terms.disputeId()).recitals() + "\n" + Texts.render(
                    Message.of("settlement.recitals", consenting.size(),
                            Texts.render("EntitlementBasis." + t.basis().name(), Texts.CHINESE),
                            t.percent().stripTrailingZeros().toPlainString(), t.instalments(), t.firstDueDate(),
                            t.intervalMonths()), Texts.CHINESE);
        }
        return drafting.draft(new AgreementDraft(null, terms.disputeId(), null, recitals, lines));
    }

    /** Changes one member's share in a draft; its instalments keep their number and dates and are split anew. */
    @PreAuthorize(Roles.MEDIATORS)
    public AgreementDetails setShare(long agreementId, String caseNumber, BigDecimal amount) {
        Agreement agreement = agreements.require(agreementId);
        AgreementSubject subject = subjects.of(agreement);
        subjects.checkMediator(subject);
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2
                || amount.compareTo(new BigDecimal("10000000")) > 0) {
            throw new InvalidInputException(Map.of("amount", Message.of("error.base.amountFromMostTwo")));
        }
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT);
        int n = memberLine(agreement, number);
        Obligation before = agreement.getObligations().get(n - 1);
        List<Instalment> old = agreement.instalmentsOf(n);
        List<LocalDate> dates = old.size() > 1 ? old.stream().map(Instalment::dueDate).toList()
                : before.dueDate() == null ? List.of() : List.of(before.dueDate());
        List<InstalmentLine> parts = dates.isEmpty() ? List.of() : InstalmentPlan.split(amount, dates);
        List<Instalment> split = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            split.add(new Instalment(n, k + 1, parts.get(k).amount(), parts.get(k).dueDate(),
                    BigDecimal.ZERO.setScale(2), null));
        }
        if (split.stream().anyMatch(i -> i.amount().signum() <= 0)) {
            throw new InvalidInputException(Map.of("amount", Message.of("error.agreement.shareTooSmall",
                    old.size())));
        }
        agreement.editObligation(n, new Obligation(before.debtor(), before.creditor(), ObligationKind.REFUND,
                amount.setScale(2), before.dueDate(), before.description(), ObligationStatus.PENDING, null, null),
                split);
        drafting.saveRevision(agreement);
        timeline.record(agreement, subject, AuditAction.SHARE_CHANGED, Message.of("audit.value.shareChanged",
                number, before.amount() == null ? "—" : before.amount().toPlainString(),
                amount.setScale(2).toPlainString()));
        return mapper.details(agreement);
    }

    /** The members' lines of an agreement, with what each paid and claimed, in the agreement's order. */
    @Transactional(readOnly = true)
    public List<ScheduleRow> schedule(long agreementId) {
        Agreement agreement = agreements.require(agreementId);
        if (agreement.getDisputeId() == null) {
            return List.of();
        }
        Map<String, DisputeMemberRow> byCase = new LinkedHashMap<>();
        members.page(agreement.getDisputeId(), MemberFilter.ALL, 0, MAX_MEMBERS)
                .forEach(m -> byCase.put(m.caseNumber(), m));
        AgreementDetails details = mapper.details(agreement);
        List<ScheduleRow> rows = new ArrayList<>();
        for (AgreementDetails.Line l : details.obligations()) {
            DisputeMemberRow m = byCase.get(l.creditor());
            if (m != null) {
                rows.add(new ScheduleRow(l.number(), m.caseNumber(), m.consumerName(), m.paymentMethod(),
                        m.amountPaid(), m.amountClaimed(), l.amount(), l.status(), l.paid(), l.outstanding(),
                        l.instalments()));
            }
        }
        return rows;
    }

    private int memberLine(Agreement agreement, String caseNumber) {
        List<Obligation> all = agreement.getObligations();
        for (int n = 1; n <= all.size(); n++) {
            Obligation o = all.get(n - 1);
            if (o.creditor().equals(caseNumber) && "MERCHANT".equals(o.debtor())) {
                return n;
            }
        }
        throw new NotFoundException("error.agreement.noShareFor", caseNumber, agreement.getId());
    }

    /** The member's line: their share as a refund in instalments, and what "pay later" debt is released. */
    static ObligationLine line(DisputeMemberRow m, Checked t) {
        boolean payLater = m.paymentMethod() == PaymentMethod.BUY_NOW_PAY_LATER
                || m.paymentMethod() == PaymentMethod.INSTALMENTS;
        BigDecimal paid = orZero(m.amountPaid());
        BigDecimal claimed = orZero(m.amountClaimed());
        // Of a purchase not yet paid for, only what was paid is refunded; the rest is released, not paid out.
        BigDecimal base = payLater || t.basis() == EntitlementBasis.PAID ? paid : claimed;
        BigDecimal released = payLater ? claimed.subtract(paid).max(BigDecimal.ZERO) : BigDecimal.ZERO;
        BigDecimal share = base.multiply(t.percent()).divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
        String description = Texts.render(released.signum() > 0
                ? Message.of("settlement.line.refundAndRelease", m.consumerName(), released.setScale(2).toPlainString())
                : Message.of("settlement.line.refund", m.consumerName()), Texts.CHINESE);
        if (share.signum() <= 0) {
            return new ObligationLine("MERCHANT", m.caseNumber(), ObligationKind.OTHER, null, t.firstDueDate(),
                    description);
        }
        return new ObligationLine("MERCHANT", m.caseNumber(), ObligationKind.REFUND, share, null, description,
                InstalmentPlan.even(share, t.instalments(), t.firstDueDate(), t.intervalMonths()));
    }

    record Checked(EntitlementBasis basis, BigDecimal percent, int instalments, LocalDate firstDueDate,
                   int intervalMonths) {
    }

    private Checked check(SettlementTerms terms) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (terms == null || terms.disputeId() == null) {
            throw new InvalidInputException(Map.of("disputeId", Message.of("error.agreement.disputeIdRequired")));
        }
        BigDecimal percent = terms.percent() == null ? new BigDecimal("100") : terms.percent();
        if (percent.signum() <= 0 || percent.compareTo(MAX_PERCENT) > 0 || percent.scale() > 2) {
            errors.put("percent", Message.of("error.base.mustBetween", "0.01", MAX_PERCENT));
        }
        int count = terms.instalments() == null ? 1 : terms.instalments();
        if (count < 1 || count > InstalmentPlan.MAX) {
            errors.put("instalments", Message.of("error.base.mustBetween", 1, InstalmentPlan.MAX));
        }
        int interval = terms.intervalMonths() == null ? 1 : terms.intervalMonths();
        if (interval < 1 || interval > 12) {
            errors.put("intervalMonths", Message.of("error.base.mustBetween", 1, 12));
        }
        LocalDate first = terms.firstDueDate();
        if (first == null) {
            errors.put("firstDueDate", Message.of("validation.dateRequired"));
        } else if (first.isBefore(LocalDate.now(clock))) {
            errors.put("firstDueDate", Message.of("error.agreement.dueNotPast"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(terms.basis() == null ? EntitlementBasis.PAID : terms.basis(), percent, count, first,
                interval);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
