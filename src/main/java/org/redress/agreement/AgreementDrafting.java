package org.redress.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.audit.AuditAction;
import org.redress.base.BusinessRuleException;
import org.redress.base.IdentityNumber;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.base.TextRules;
import org.redress.mediation.SessionQueries;
import org.redress.merchant.CreditCode;
import org.redress.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting and amending mediation agreements. Mediators and administrators draft; once a case or dispute has a
 * mediator of its own, only that mediator (or an administrator) may. Every save of a draft keeps a version; a binding
 * agreement changes only by an amendment that references it.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class AgreementDrafting {

    static final Set<String> PARTIES = Set.of("CONSUMER", "MERCHANT", "PLATFORM");
    private static final Set<String> PARTY_CODES = Set.of("CONSUMER", "MERCHANT", "PLATFORM", "REPRESENTATIVE");

    private final AgreementRepository agreements;
    private final AgreementSubjects subjects;
    private final AgreementTimeline timeline;
    private final AgreementMapper mapper;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AgreementRevisionRepository revisions;
    private final SessionQueries sessions;

    AgreementDrafting(AgreementRepository agreements, AgreementSubjects subjects, AgreementTimeline timeline,
                      AgreementMapper mapper, CurrentUser currentUser, Clock clock,
                      AgreementRevisionRepository revisions, SessionQueries sessions) {
        this.agreements = agreements;
        this.subjects = subjects;
        this.timeline = timeline;
        this.mapper = mapper;
        this.currentUser = currentUser;
        this.clock = clock;
        this.revisions = revisions;
        this.sessions = sessions;
    }

    @PreAuthorize(Roles.MEDIATORS)
    public AgreementDetails draft(AgreementDraft draft) {
        AgreementSubject subject = subjects.resolve(draft.caseNumber(), draft.disputeId());
        if (!subject.open()) {
            // The state refuses this, whatever the user's role: say so (409), not "your role may not".
            throw new BusinessRuleException("error.agreement.agreementDraftedOnlyOpen", subject.ref(),
                    subject.status());
        }
        subjects.checkMediator(subject);
        if (draft.sessionId() != null && !sessions.get(draft.sessionId()).caseRef().equals(subject.ref())) {
            throw new InvalidInputException(Map.of("sessionId", Message.of("error.agreement.sessionNotAbout",
                    draft.sessionId(), subject.ref())));
        }
        TextRules.require("recitals", draft.recitals(), Agreement.RECITALS_MAX, true);
        Agreement agreement = new Agreement(subject.complaintId(), subject.disputeId(), subject.ref(),
                draft.sessionId(), null, currentUser.usernameOrSystem(), clock.instant());
        String recitals = draft.recitals() == null || draft.recitals().isBlank() ? subject.recitals()
                : draft.recitals().trim();
        Drafted drafted = obligations(draft.obligations(), subject);
        agreement.edit(recitals, parties(subject, draft, List.of()), drafted.obligations(), drafted.instalments());
        agreements.save(agreement);
        saveRevision(agreement);
        timeline.record(agreement, subject, AuditAction.AGREEMENT_DRAFTED,
                Message.of("audit.value.revision", 1));
        return mapper.details(agreement);
    }

    /** Saves a new version of a draft; refused (409) once the agreement is binding. */
    @PreAuthorize(Roles.MEDIATORS)
    public AgreementDetails update(long id, AgreementDraft draft) {
        Agreement agreement = agreements.require(id);
        AgreementSubject subject = subjects.of(agreement);
        subjects.checkMediator(subject);
        TextRules.require("recitals", draft.recitals(), Agreement.RECITALS_MAX, true);
        String recitals = draft.recitals() == null || draft.recitals().isBlank() ? agreement.getRecitals()
                : draft.recitals().trim();
        Drafted drafted = obligations(draft.obligations(), subject);
        agreement.edit(recitals, parties(subject, draft, agreement.getParties()), drafted.obligations(),
                drafted.instalments());
        saveRevision(agreement);
        timeline.record(agreement, subject, AuditAction.AGREEMENT_REVISED,
                Message.of("audit.value.revision", agreement.getRevision()));
        return mapper.details(agreement);
    }

    /** A new draft that amends a binding agreement, starting from its content. */
    @PreAuthorize(Roles.MEDIATORS)
    public AgreementDetails amend(long id) {
        Agreement original = agreements.require(id);
        if (original.getStatus() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("error.agreement.onlyBindingAgreementAmended");
        }
        AgreementSubject subject = subjects.of(original);
        subjects.checkMediator(subject);
        Agreement amendment = new Agreement(original.getComplaintId(), original.getDisputeId(), original.getCaseRef(),
                original.getSessionId(), original.getId(), currentUser.usernameOrSystem(), clock.instant());
        List<Obligation> copied = original.getObligations().stream()
                .map(o -> new Obligation(o.debtor(), o.creditor(), o.kind(), o.amount(), o.dueDate(), o.description(),
                        ObligationStatus.PENDING, null, null)).toList();
        List<Instalment> instalments = original.getInstalments().stream().map(i -> new Instalment(i.obligation(),
                i.number(), i.amount(), i.dueDate(), BigDecimal.ZERO.setScale(2), null)).toList();
        amendment.edit(original.getRecitals(), List.copyOf(original.getParties()), copied, instalments);
        agreements.save(amendment);
        saveRevision(amendment);
        timeline.record(amendment, subject, AuditAction.AGREEMENT_AMENDMENT,
                Message.of("audit.value.amends", original.getId()));
        return mapper.details(amendment);
    }

    private static List<ObligationLine> orEmpty(List<ObligationLine> lines) {
        return lines == null ? List.of() : lines;
    }

    /**
     * The parties, each with the particulars the mediator gave, else those already on the draft, else what the case
     * and merchant records hold.
     */
    private List<AgreementParty> parties(AgreementSubject subject, AgreementDraft draft, List<AgreementParty> before) {
        List<ObligationLine> lines = orEmpty(draft.obligations());
        Map<String, Particulars> given = particulars(draft.parties());
        Map<String, Particulars> earlier = new LinkedHashMap<>();
        before.forEach(p -> earlier.put(p.party(), p.particulars()));
        List<AgreementParty> parties = new ArrayList<>();
        parties.add(subject.disputeId() == null ? new AgreementParty("CONSUMER", PartyRole.CONSUMER, subject.consumer(),
                subject.consumerParticulars())
                : new AgreementParty("REPRESENTATIVE", PartyRole.REPRESENTATIVE, subject.consumer(),
                subject.consumerParticulars()));
        for (int i = 0; i < subject.otherRepresentatives().size(); i++) {
            // Every representative of the class signs for it; each is a party of their own.
            parties.add(new AgreementParty("REPRESENTATIVE_" + (i + 2), PartyRole.REPRESENTATIVE,
                    subject.otherRepresentatives().get(i)));
        }
        parties.add(new AgreementParty("MERCHANT", PartyRole.MERCHANT, subject.merchant(),
                subject.merchantParticulars()));
        if (lines.stream().anyMatch(l -> l != null && ("PLATFORM".equals(l.debtor())
                || "PLATFORM".equals(l.creditor())))) {
            parties.add(new AgreementParty("PLATFORM", PartyRole.PLATFORM,
                    subject.platform() == null ? "平台 / platform" : subject.platform()));
        }
        String mediator = subject.mediator() == null ? currentUser.usernameOrSystem() : subject.mediator();
        parties.add(new AgreementParty("MEDIATOR", PartyRole.MEDIATOR, mediator,
                new Particulars(null, null, null, null, null, subjects.fullName(mediator))));
        return parties.stream().map(p -> p.role() == PartyRole.MEDIATOR ? p
                : p.with(given.getOrDefault(p.party(), Particulars.NONE)
                        .orElse(earlier.get(p.party())).orElse(p.particulars()))).toList();
    }

    private static Map<String, Particulars> particulars(List<PartyParticulars> given) {
        Map<String, Message> errors = new LinkedHashMap<>();
        Map<String, Particulars> byParty = new LinkedHashMap<>();
        List<PartyParticulars> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            PartyParticulars p = list.get(i);
            String at = "parties[" + i + "].";
            if (p == null || p.party() == null || !PARTY_CODES.contains(p.party())
                    && !p.party().startsWith("REPRESENTATIVE_")) {
                errors.put(at + "party", Message.of("error.agreement.particularsParty"));
                continue;
            }
            TextRules.check(errors, at + "idNumber", p.idNumber(), Particulars.ID_NUMBER_MAX, false);
            if (p.idNumber() != null && !p.idNumber().isBlank() && !IdentityNumber.isValid(p.idNumber())) {
                errors.put(at + "idNumber", Message.of("validation.idNumber"));
            }
            TextRules.check(errors, at + "address", p.address(), Particulars.ADDRESS_MAX, false);
            TextRules.check(errors, at + "contact", p.contact(), Particulars.CONTACT_MAX, false);
            if (p.creditCode() != null && !p.creditCode().isBlank()
                    && !CreditCode.isValid(p.creditCode().strip().toUpperCase())) {
                errors.put(at + "creditCode", Message.of("validation.creditCode"));
            }
            TextRules.check(errors, at + "legalRepresentative", p.legalRepresentative(), Particulars.NAME_MAX, false);
            byParty.put(p.party(), p.particulars());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return byParty;
    }

    /** The obligations as they will be agreed, and the instalments each money obligation is paid in. */
    record Drafted(List<Obligation> obligations, List<Instalment> instalments) {
    }

    private Drafted obligations(List<ObligationLine> lines, AgreementSubject subject) {
        Map<String, Message> errors = new LinkedHashMap<>();
        List<Obligation> obligations = new ArrayList<>();
        List<Instalment> instalments = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            errors.put("obligations", Message.of("error.agreement.agreementNeedsLeastOne"));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                ObligationLine l = lines.get(i);
                String at = "obligations[" + i + "].";
                if (l == null) {
                    errors.put("obligations[" + i + "]", Message.of("error.agreement.emptyLineGiveDebtor"));
                    continue;
                }
                if (!validParty(l.debtor(), subject)) {
                    errors.put(at + "debtor", Message.of("error.agreement.consumerMerchantPlatform",
                            subject.disputeId() == null ? ""
                            : " or a member's case number"));
                }
                if (!validParty(l.creditor(), subject)) {
                    errors.put(at + "creditor", Message.of("error.agreement.consumerMerchantPlatform",
                            subject.disputeId() == null ? ""
                            : " or a member's case number"));
                }
                if (l.kind() == null) {
                    errors.put(at + "kind", Message.of("error.agreement.refundCompensationReturnGoods"));
                } else if (l.kind().isMoney() && (l.amount() == null || l.amount().signum() <= 0)) {
                    errors.put(at + "amount", Message.of("error.agreement.refundCompensationNeedsAmount"));
                }
                if (l.amount() != null && (l.amount().scale() > 2 || l.amount().signum() < 0
                        || l.amount().compareTo(new BigDecimal("10000000")) > 0)) {
                    errors.put(at + "amount", Message.of("error.agreement.mostTwoDecimalsBetween"));
                }
                TextRules.check(errors, at + "description", l.description(), Obligation.TEXT_MAX, true);
                List<Instalment> its = InstalmentPlan.check(i + 1, l, at, errors);
                instalments.addAll(its);
                obligations.add(new Obligation(l.debtor(), l.creditor(), l.kind(),
                        l.amount() == null || l.amount().scale() > 2 ? l.amount() : l.amount().setScale(2),
                        its.isEmpty() ? l.dueDate() : its.getLast().dueDate(),
                        l.description() == null || l.description().isBlank() ? null : l.description().trim(),
                        ObligationStatus.PENDING, null, null));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Drafted(obligations, instalments);
    }

    private static boolean validParty(String party, AgreementSubject subject) {
        return party != null && (PARTIES.contains(party) || subject.memberCases().contains(party));
    }

    void saveRevision(Agreement agreement) {
        revisions.save(new AgreementRevision(agreement.getId(), agreement.getRevision(),
                CanonicalContent.of(agreement), currentUser.usernameOrSystem(), clock.instant()));
    }
}
