package org.redress.agreement;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.TextRules;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.EvidenceType;
import org.redress.dispute.CaseRef;
import org.redress.dispute.CaseSubject;
import org.redress.dispute.CaseSubjects;
import org.redress.dispute.DisputeDetails;
import org.redress.mediation.SessionQueries;
import org.redress.security.AccountDirectory;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, signing and amending mediation agreements. Mediators and administrators draft; once a case or dispute has
 * a mediator of its own, only that mediator (or an administrator) may. Every save of a draft keeps a version; when
 * every required party has signed, the content is frozen and its SHA-256 stored, and a change is only possible as an
 * amendment that references it. Everything is audited on the agreement and on the case.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class AgreementService {

    static final Set<String> PARTIES = Set.of("CONSUMER", "MERCHANT", "PLATFORM");

    private final AgreementRepository agreements;
    private final AgreementRevisionRepository revisions;
    private final SignatureRepository signatures;
    private final ComplaintService complaints;
    private final CaseSubjects caseSubjects;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final AccountDirectory accounts;
    private final AgreementPdf pdf;
    private final SigningCodes signingCodes;
    private final CaseWorkflow workflow;
    private final EvidenceService evidence;
    private final SessionQueries sessions;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, AgreementRevisionRepository revisions,
                     SignatureRepository signatures, ComplaintService complaints, CaseSubjects caseSubjects,
                     AuditService audit, CurrentUser currentUser, AccountDirectory accounts,
                     AgreementPdf pdf, SigningCodes signingCodes, CaseWorkflow workflow,
                     SessionQueries sessions, EvidenceService evidence,
                     Clock clock) {
        this.evidence = evidence;
        this.signingCodes = signingCodes;
        this.workflow = workflow;
        this.sessions = sessions;
        this.accounts = accounts;
        this.pdf = pdf;
        this.agreements = agreements;
        this.revisions = revisions;
        this.signatures = signatures;
        this.complaints = complaints;
        this.caseSubjects = caseSubjects;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.MEDIATORS)
    public AgreementDetails draft(AgreementDraft draft) {
        Subject subject = subject(draft.caseNumber(), draft.disputeId());
        if (!subject.open()) {
            // The state refuses this, whatever the user's role: say so (409), not "your role may not".
            throw new BusinessRuleException(subject.ref() + " is " + subject.status()
                    + ": an agreement is drafted only for an open case or dispute");
        }
        checkMediator(subject);
        if (draft.sessionId() != null && !sessions.get(draft.sessionId()).caseRef().equals(subject.ref())) {
            throw new InvalidInputException(Map.of("sessionId", "Session " + draft.sessionId() + " is not about "
                    + subject.ref()));
        }
        TextRules.require("recitals", draft.recitals(), Agreement.RECITALS_MAX, true);
        Agreement agreement = new Agreement(subject.complaintId(), subject.disputeId(), subject.ref(),
                draft.sessionId(), null, currentUser.usernameOrSystem(), clock.instant());
        String recitals = draft.recitals() == null || draft.recitals().isBlank() ? subject.recitals()
                : draft.recitals().trim();
        agreement.edit(recitals, parties(subject, orEmpty(draft.obligations())),
                obligations(draft.obligations(), subject));
        agreements.save(agreement);
        saveRevision(agreement);
        record(agreement, subject, AuditAction.AGREEMENT_DRAFTED, "revision 1");
        return details(agreement);
    }

    /** Saves a new version of a draft; refused (409) once the agreement is binding. */
    @PreAuthorize(Roles.MEDIATORS)
    public AgreementDetails update(long id, AgreementDraft draft) {
        Agreement agreement = load(id);
        Subject subject = subjectOf(agreement);
        checkMediator(subject);
        TextRules.require("recitals", draft.recitals(), Agreement.RECITALS_MAX, true);
        String recitals = draft.recitals() == null || draft.recitals().isBlank() ? agreement.getRecitals()
                : draft.recitals().trim();
        List<Obligation> obligations = obligations(draft.obligations(), subject);
        agreement.edit(recitals, parties(subject, orEmpty(draft.obligations())), obligations);
        saveRevision(agreement);
        record(agreement, subject, AuditAction.AGREEMENT_REVISED, "revision " + agreement.getRevision());
        return details(agreement);
    }

    /**
     * Records one party's signature. When the last required party has signed, the agreement becomes BINDING: its
     * canonical content is hashed and frozen.
     */
    @Transactional(noRollbackFor = WrongSigningCode.class)
    public AgreementDetails sign(long id, String party, String signerName, String capacity, SignatureMethod method) {
        return sign(id, party, signerName, capacity, method, null);
    }

    /**
     * Sends a one-time code for a party to sign electronically: the code is returned once, for staff to pass on by
     * SMS or phone; the party reads it back and it is typed in with the signature.
     */
    public IssuedCode issueSigningCode(long id, String party) {
        Agreement agreement = load(id);
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw new BusinessRuleException("Agreement " + id + " is already binding");
        }
        if (party == null || agreement.getParties().stream().noneMatch(p -> p.party().equals(party))) {
            throw new InvalidInputException(Map.of("party", "Not a party to this agreement"));
        }
        IssuedCode code = signingCodes.issue(id, party, currentUser.usernameOrSystem());
        record(agreement, subjectOf(agreement), AuditAction.SIGNING_CODE_SENT, party);
        return code;
    }

    /**
     * Records a signature. By {@code ONE_TIME_CODE}, the code sent to the party must be given and is checked first;
     * {@code IN_PERSON} is recorded only by the mediator of the agreement (or an administrator), before whom the
     * party signed; the mediator's own signature only by that mediator.
     */
    @Transactional(noRollbackFor = WrongSigningCode.class)
    public AgreementDetails sign(long id, String party, String signerName, String capacity, SignatureMethod method,
                                 String code) {
        Agreement agreement = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (party == null || agreement.getParties().stream().noneMatch(p -> p.party().equals(party))) {
            errors.put("party", "Not a party to this agreement; parties are " + agreement.getParties().stream()
                    .map(AgreementParty::party).toList());
        }
        if (signerName == null || signerName.isBlank()) {
            errors.put("signerName", "Who signed is required");
        }
        TextRules.check(errors, "signerName", signerName, Signature.NAME_MAX, false);
        if (capacity == null || capacity.isBlank()) {
            errors.put("capacity", "In what capacity they signed is required");
        }
        TextRules.check(errors, "capacity", capacity, Signature.NAME_MAX, false);
        if (method == null) {
            errors.put("method", "How they signed is required: IN_PERSON or ONE_TIME_CODE");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw new BusinessRuleException("Agreement " + id + " is already binding");
        }
        List<Signature> signed = signatures.findByAgreementIdOrderById(id);
        if (signed.stream().anyMatch(s -> s.getParty().equals(party))) {
            throw new BusinessRuleException(party + " has already signed");
        }
        checkSigner(agreement, party, method);
        if (method == SignatureMethod.ONE_TIME_CODE) {
            signingCodes.verify(id, party, code);
        } else if (code != null && !code.isBlank()) {
            throw new InvalidInputException(Map.of("code", "A code is only given with the ONE_TIME_CODE method"));
        }
        signatures.save(new Signature(id, party, signerName.trim(), capacity.trim(), method, clock.instant(),
                currentUser.usernameOrSystem()));
        Subject subject = subjectOf(agreement);
        record(agreement, subject, AuditAction.AGREEMENT_SIGNED, party + ": " + signerName.trim() + " (" + method + ")");
        if (signed.size() + 1 == agreement.getParties().size()) {
            String hash = CanonicalContent.sha256(CanonicalContent.of(agreement));
            agreement.bind(hash, clock.instant());
            record(agreement, subject, AuditAction.AGREEMENT_BINDING, "SHA-256 " + hash);
            for (String caseNumber : consumerCases(agreement, subject).keySet()) {
                workflow.followAgreement(caseNumber, ComplaintStatus.AGREEMENT_REACHED, "AG-" + id + " binding");
            }
        }
        return details(agreement);
    }

    private void checkSigner(Agreement agreement, String party, SignatureMethod method) {
        String me = currentUser.usernameOrSystem();
        String mediator = agreement.getParties().stream().filter(p -> p.role() == PartyRole.MEDIATOR)
                .map(AgreementParty::name).findFirst().orElse(null);
        if (PartyRole.MEDIATOR.name().equals(party)) {
            if (!me.equals(mediator)) {
                throw new AccessDeniedException("Only " + mediator + " signs as the mediator of this agreement");
            }
            if (method != SignatureMethod.IN_PERSON) {
                throw new InvalidInputException(Map.of("method", "The mediator signs in person"));
            }
        } else if (method == SignatureMethod.IN_PERSON && !me.equals(mediator) && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("A signature given in person is recorded by " + mediator
                    + ", before whom it was given, or an administrator");
        }
    }

    /** A new draft that amends a binding agreement, starting from its content. */
    @PreAuthorize(Roles.MEDIATORS)
    public AgreementDetails amend(long id) {
        Agreement original = load(id);
        if (original.getStatus() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("Only a binding agreement is amended; edit the draft instead");
        }
        Subject subject = subjectOf(original);
        checkMediator(subject);
        Agreement amendment = new Agreement(original.getComplaintId(), original.getDisputeId(), original.getCaseRef(),
                original.getSessionId(), original.getId(), currentUser.usernameOrSystem(), clock.instant());
        List<Obligation> copied = original.getObligations().stream()
                .map(o -> new Obligation(o.debtor(), o.creditor(), o.kind(), o.amount(), o.dueDate(), o.description(),
                        ObligationStatus.PENDING, null, null)).toList();
        amendment.edit(original.getRecitals(), List.copyOf(original.getParties()), copied);
        agreements.save(amendment);
        saveRevision(amendment);
        record(amendment, subject, AuditAction.AGREEMENT_AMENDMENT, "amends agreement " + original.getId());
        return details(amendment);
    }

    /** Waives an obligation of a binding agreement (the creditor gave it up); a reason is required. */
    public AgreementDetails waive(long id, int number, String reason) {
        Agreement agreement = load(id);
        if (agreement.getStatus() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("Obligations are tracked once the agreement is binding");
        }
        if (number < 1 || number > agreement.getObligations().size()) {
            throw new NotFoundException("Agreement " + id + " has no obligation " + number);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "Say why the obligation is waived"));
        }
        TextRules.require("reason", reason, Obligation.TEXT_MAX, true);
        Obligation before = agreement.getObligations().get(number - 1);
        refuseSettled(number, before);
        agreement.track(number, before.withStatus(ObligationStatus.WAIVED, LocalDate.now(clock), reason.trim()));
        Subject subject = subjectOf(agreement);
        record(agreement, subject, AuditAction.OBLIGATION_WAIVED, "#" + number + ": " + reason.trim());
        settleConsumers(agreement, subject);
        return details(agreement);
    }

    /** Marks an obligation of a binding agreement as fulfilled on a date. */
    public AgreementDetails fulfil(long id, int number, LocalDate on, String note) {
        Agreement agreement = load(id);
        if (agreement.getStatus() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("Obligations are tracked once the agreement is binding");
        }
        if (number < 1 || number > agreement.getObligations().size()) {
            throw new NotFoundException("Agreement " + id + " has no obligation " + number);
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Map.of("date", on == null ? "Date is required" : "Must not be in the future"));
        }
        TextRules.require("note", note, Obligation.TEXT_MAX, true);
        Obligation before = agreement.getObligations().get(number - 1);
        refuseSettled(number, before);
        agreement.track(number, before.withStatus(ObligationStatus.FULFILLED, on,
                note == null || note.isBlank() ? null : note.trim()));
        Subject subject = subjectOf(agreement);
        record(agreement, subject, AuditAction.OBLIGATION_FULFILLED, "#" + number + " on " + on);
        settleConsumers(agreement, subject);
        return details(agreement);
    }

    /**
     * Marks an obligation fulfilled with its payment voucher (or other proof), which is kept as evidence on the case
     * of the consumer it was owed to (or the agreement's own case) and named in the obligation's note.
     */
    public AgreementDetails fulfilWithVoucher(long id, int number, LocalDate on, String note, String fileName,
                                              InputStream voucher) {
        Agreement agreement = load(id);
        if (number < 1 || number > agreement.getObligations().size()) {
            throw new NotFoundException("Agreement " + id + " has no obligation " + number);
        }
        if (agreement.getStatus() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("Obligations are tracked once the agreement is binding");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Map.of("date", on == null ? "Date is required" : "Must not be in the future"));
        }
        Subject subject = subjectOf(agreement);
        Obligation obligation = agreement.getObligations().get(number - 1);
        String caseNumber = "CONSUMER".equals(obligation.creditor()) && subject.complaintId() != null ? subject.ref()
                : subject.memberCases().contains(obligation.creditor()) ? obligation.creditor()
                : subject.complaintId() != null ? subject.ref() : null;
        if (caseNumber == null) {
            throw new BusinessRuleException("This obligation is not owed to a consumer of the dispute; record it"
                    + " without a voucher and keep the proof with the dispute's papers");
        }
        var item = evidence.add(caseNumber, EvidenceType.PAYMENT_VOUCHER, fileName, voucher);
        String withVoucher = (note == null || note.isBlank() ? "" : note.trim() + " · ") + "凭证 voucher: "
                + caseNumber + " evidence #" + item.id() + " (" + item.originalName() + ")";
        return fulfil(id, number, on, withVoucher);
    }

    /** A fulfilled or waived obligation stays as recorded: a second record would overwrite the first. */
    private static void refuseSettled(int number, Obligation obligation) {
        if (obligation.status() == ObligationStatus.FULFILLED || obligation.status() == ObligationStatus.WAIVED) {
            throw new BusinessRuleException("Obligation " + number + " is already "
                    + obligation.status().name().toLowerCase()
                    + (obligation.settledOn() == null ? "" : " (" + obligation.settledOn() + ")"));
        }
    }

    /** Agreements of a complaint, newest first. */
    @Transactional(readOnly = true)
    public List<AgreementDetails> ofCase(String caseNumber) {
        ComplaintDetails c = complaints.get(caseNumber);
        return agreements.findByComplaintIdOrderByIdDesc(c.id()).stream().map(this::details).toList();
    }

    /** Agreements of a class dispute, newest first. */
    @Transactional(readOnly = true)
    public List<AgreementDetails> ofDispute(long disputeId) {
        return agreements.findByDisputeIdOrderByIdDesc(disputeId).stream().map(this::details).toList();
    }

    @Transactional(readOnly = true)
    public AgreementDetails get(long id) {
        return details(load(id));
    }

    /** Every saved version of the draft's canonical text, oldest first, for comparing versions. */
    @Transactional(readOnly = true)
    public List<String> versions(long id) {
        load(id);
        return revisions.findByAgreementIdOrderByRevision(id).stream().map(AgreementRevision::getContent).toList();
    }

    /** Every saved version as readable lines, oldest first, for the version comparison in the portal. */
    @Transactional(readOnly = true)
    public List<AgreementVersion> versionTexts(long id) {
        load(id);
        return revisions.findByAgreementIdOrderByRevision(id).stream().map(r -> new AgreementVersion(r.getRevision(),
                r.getSavedBy(), r.getSavedAt(), CanonicalContent.readableLines(r.getContent()))).toList();
    }

    /** The agreement as a PDF; fails with a clear message when no Chinese font is installed. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        return pdf.render(details(load(id)));
    }

    /** The canonical text the stored hash was computed from, so anyone can check it. */
    @Transactional(readOnly = true)
    public String canonicalContent(long id) {
        return CanonicalContent.of(load(id));
    }

    record Subject(Long complaintId, Long disputeId, String ref, String recitals, String consumer,
                           String merchant, String mediator, Set<String> memberCases, String status, boolean open) {
    }

    private Subject subject(String caseNumber, Long disputeId) {
        return switch (caseSubjects.resolve(caseNumber, disputeId)) {
            case CaseSubject.OfDispute(DisputeDetails d) -> {
                String representative = d.representatives().isEmpty() ? "集体纠纷代表人 / class representative"
                        : d.representatives().getFirst().name();
                yield new Subject(null, d.id(), CaseRef.ofDispute(d.id()).toString(), "集体纠纷 " + d.title() + "："
                        + d.members() + " 名成员投诉 " + d.merchantName() + "。", representative, d.merchantName(),
                        d.leadMediator(), Set.copyOf(d.complaintCaseNumbers()), d.status().name(),
                        d.status().isOpen());
            }
            case CaseSubject.OfComplaint(ComplaintDetails c) -> {
                // The case's own mediator is its assignee when that colleague is a mediator (staff may hold it
                // before).
                String mediator = c.assignee() != null
                        && accounts.isActiveWithAnyRole(c.assignee(), Set.of(Role.MEDIATOR)) ? c.assignee() : null;
                yield new Subject(c.id(), null, c.caseNumber(), "消费者" + c.consumerName() + "于" + c.receivedAt()
                        + "投诉" + c.merchantName() + "：" + c.narrative(), c.consumerName(), c.merchantName(),
                        mediator, Set.of(), c.status().name(), c.status().isOpen());
            }
        };
    }

    Subject subjectOf(Agreement a) {
        return a.getDisputeId() != null ? subject(null, a.getDisputeId())
                : subject(a.getCaseRef(), null);
    }

    /** Once a case or dispute has its own mediator, only that mediator or an administrator drafts for it. */
    private void checkMediator(Subject subject) {
        String me = currentUser.usernameOrSystem();
        if (subject.mediator() != null && !subject.mediator().equals(me) && !currentUser.hasRole(Role.ADMIN)
                && currentUser.hasRole(Role.MEDIATOR)) {
            throw new AccessDeniedException("Only " + subject.mediator() + ", who mediates " + subject.ref()
                    + ", or an administrator may draft its agreement");
        }
    }

    private static List<ObligationLine> orEmpty(List<ObligationLine> lines) {
        return lines == null ? List.of() : lines;
    }

    private List<AgreementParty> parties(Subject subject, List<ObligationLine> lines) {
        List<AgreementParty> parties = new ArrayList<>();
        parties.add(subject.disputeId() == null ? new AgreementParty("CONSUMER", PartyRole.CONSUMER, subject.consumer())
                : new AgreementParty("REPRESENTATIVE", PartyRole.REPRESENTATIVE, subject.consumer()));
        parties.add(new AgreementParty("MERCHANT", PartyRole.MERCHANT, subject.merchant()));
        if (lines.stream().anyMatch(l -> l != null && ("PLATFORM".equals(l.debtor())
                || "PLATFORM".equals(l.creditor())))) {
            parties.add(new AgreementParty("PLATFORM", PartyRole.PLATFORM, "平台 / platform"));
        }
        String mediator = subject.mediator() == null ? currentUser.usernameOrSystem() : subject.mediator();
        parties.add(new AgreementParty("MEDIATOR", PartyRole.MEDIATOR, mediator));
        return parties;
    }

    private List<Obligation> obligations(List<ObligationLine> lines, Subject subject) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Obligation> obligations = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            errors.put("obligations", "An agreement needs at least one obligation");
        } else {
            for (int i = 0; i < lines.size(); i++) {
                ObligationLine l = lines.get(i);
                String at = "obligations[" + i + "].";
                if (l == null) {
                    errors.put("obligations[" + i + "]", "An empty line; give debtor, creditor, kind and amount");
                    continue;
                }
                if (!validParty(l.debtor(), subject)) {
                    errors.put(at + "debtor", "CONSUMER, MERCHANT, PLATFORM" + (subject.disputeId() == null ? ""
                            : " or a member's case number"));
                }
                if (!validParty(l.creditor(), subject)) {
                    errors.put(at + "creditor", "CONSUMER, MERCHANT, PLATFORM" + (subject.disputeId() == null ? ""
                            : " or a member's case number"));
                }
                if (l.kind() == null) {
                    errors.put(at + "kind", "REFUND, COMPENSATION, RETURN_GOODS, REPLACEMENT, APOLOGY or OTHER");
                } else if (l.kind().isMoney() && (l.amount() == null || l.amount().signum() <= 0)) {
                    errors.put(at + "amount", "A refund or compensation needs an amount above zero");
                }
                if (l.amount() != null && (l.amount().scale() > 2 || l.amount().signum() < 0
                        || l.amount().compareTo(new BigDecimal("10000000")) > 0)) {
                    errors.put(at + "amount", "At most two decimals, between 0 and 10,000,000");
                }
                TextRules.check(errors, at + "description", l.description(), Obligation.TEXT_MAX, true);
                obligations.add(new Obligation(l.debtor(), l.creditor(), l.kind(),
                        l.amount() == null || l.amount().scale() > 2 ? l.amount() : l.amount().setScale(2),
                        l.dueDate(),
                        l.description() == null || l.description().isBlank() ? null : l.description().trim(),
                        ObligationStatus.PENDING, null, null));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return obligations;
    }

    private static boolean validParty(String party, Subject subject) {
        return party != null && (PARTIES.contains(party) || subject.memberCases().contains(party));
    }

    private void saveRevision(Agreement agreement) {
        revisions.save(new AgreementRevision(agreement.getId(), agreement.getRevision(),
                CanonicalContent.of(agreement), currentUser.usernameOrSystem(), clock.instant()));
    }

    void record(Agreement agreement, Subject subject, AuditAction action, String what) {
        audit.record(AuditSubject.AGREEMENT, agreement.getId(), "AG-" + agreement.getId(), action, null, null, what);
        if (subject.complaintId() != null) {
            audit.record(AuditSubject.COMPLAINT, subject.complaintId(), subject.ref(), action, "agreement", null,
                    "AG-" + agreement.getId() + ": " + what);
        } else {
            audit.record(AuditSubject.DISPUTE, subject.disputeId(), subject.ref(), action, "agreement", null,
                    "AG-" + agreement.getId() + ": " + what);
        }
    }

    /**
     * The consumers an agreement pays, by case number, each with the money obligations owed to them: the complaint's
     * consumer, or in a class dispute each member named as creditor.
     */
    static Map<String, List<Obligation>> consumerCases(Agreement agreement, Subject subject) {
        Map<String, List<Obligation>> owed = new LinkedHashMap<>();
        for (Obligation o : agreement.getObligations()) {
            String creditorCase = "CONSUMER".equals(o.creditor()) && subject.complaintId() != null ? subject.ref()
                    : subject.memberCases().contains(o.creditor()) ? o.creditor() : null;
            if (creditorCase != null && o.kind().isMoney()) {
                owed.computeIfAbsent(creditorCase, k -> new ArrayList<>()).add(o);
            }
        }
        return owed;
    }

    /** A consumer whose money has all been paid (or waived, with at least one payment) has their case FULFILLED. */
    private void settleConsumers(Agreement agreement, Subject subject) {
        consumerCases(agreement, subject).forEach((caseNumber, owed) -> {
            boolean settled = owed.stream().allMatch(o -> o.status() == ObligationStatus.FULFILLED
                    || o.status() == ObligationStatus.WAIVED);
            boolean paid = owed.stream().anyMatch(o -> o.status() == ObligationStatus.FULFILLED);
            if (settled && paid) {
                workflow.followAgreement(caseNumber, ComplaintStatus.FULFILLED, "AG-" + agreement.getId()
                        + ": all money owed to the consumer paid");
            }
        });
    }

    Agreement load(long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("No agreement " + id));
    }

    AgreementDetails details(Agreement a) {
        Map<String, Signature> signed = new LinkedHashMap<>();
        if (a.getId() != null) {
            signatures.findByAgreementIdOrderById(a.getId()).forEach(s -> signed.put(s.getParty(), s));
        }
        List<AgreementDetails.Party> parties = a.getParties().stream().map(p -> {
            Signature s = signed.get(p.party());
            return new AgreementDetails.Party(p.party(), p.role(), p.name(), s != null,
                    s == null ? null : s.getSignerName(), s == null ? null : s.getCapacity(),
                    s == null ? null : s.getMethod(), s == null ? null : s.getSignedAt(),
                    s == null ? null : s.getRecordedBy());
        }).toList();
        List<AgreementDetails.Line> lines = new ArrayList<>();
        int n = 1;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Obligation o : a.getObligations()) {
            lines.add(new AgreementDetails.Line(n++, o.debtor(), o.creditor(), o.kind(), o.amount(), o.dueDate(),
                    o.description(), o.status(), o.settledOn(), o.note()));
            if (o.kind().isMoney() && o.amount() != null) {
                total = total.add(o.amount());
            }
        }
        return new AgreementDetails(a.getId(), a.getStatus(), a.getCaseRef(), a.getSessionId(), a.getAmendsId(),
                a.getRevision(), a.getRecitals(), parties, lines, total,
                CanonicalContent.perCreditor(a.getObligations()), a.getSha256(), a.getBindingAt(), a.getCreatedBy(),
                a.getCreatedAt());
    }
}
