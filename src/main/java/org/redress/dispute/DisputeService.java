package org.redress.dispute;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.ConflictOfInterest;
import org.redress.base.InputValidator;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.complaint.CaseGroupSummary;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintCandidates;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.merchant.Merchant;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.Platform;
import org.redress.security.AccountDirectory;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class disputes: opening one from a suggestion or by hand, adding and removing member complaints (a complaint is in
 * at most one dispute, enforced by the database), the consent ledger, representatives and status. Every change is
 * audited on the dispute and on each member case it touches, so it shows on the cases' timelines too.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class DisputeService {

    private final ClassDisputeRepository disputes;
    private final DisputeMemberRepository members;
    private final DisputeConsentRepository consents;
    private final DisputeSuggestions suggestions;
    private final ComplaintService complaints;
    private final ComplaintCandidates complaintData;
    private final MerchantService merchants;
    private final AccountDirectory accounts;
    private final AuditService audit;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final ConflictOfInterest conflicts;
    private final Clock clock;

    DisputeService(ClassDisputeRepository disputes, DisputeMemberRepository members, DisputeConsentRepository consents,
                   DisputeSuggestions suggestions, ComplaintService complaints, ComplaintCandidates complaintData,
                   MerchantService merchants, AccountDirectory accounts, AuditService audit, InputValidator validator,
                   CurrentUser currentUser, EntityManager entityManager, ConflictOfInterest conflicts, Clock clock) {
        this.conflicts = conflicts;
        this.disputes = disputes;
        this.members = members;
        this.consents = consents;
        this.suggestions = suggestions;
        this.complaints = complaints;
        this.complaintData = complaintData;
        this.merchants = merchants;
        this.accounts = accounts;
        this.audit = audit;
        this.validator = validator;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DisputeSuggestion> suggestions(int limit) {
        return suggestions.find(Math.max(1, Math.min(limit, 200)));
    }

    /** Opens a class dispute from a suggestion: all the cluster's complaints become members. */
    public DisputeDetails createFromSuggestion(DisputeSuggestion suggestion, String title) {
        return create(new NewDispute(title, suggestion.merchantId(), suggestion.category(), null, null,
                suggestions.members(suggestion.merchantId(), suggestion.category())));
    }

    public DisputeDetails create(NewDispute request) {
        validator.check(request);
        MerchantSummary merchant = merchants.find(request.merchantId()).orElseThrow(() ->
                new InvalidInputException(Map.of("merchantId", Message.of("error.watch.noMerchant",
                        request.merchantId()))));
        checkMediator(request.leadMediator());
        List<ComplaintDetails> cases = new ArrayList<>();
        Set<String> numbers = new LinkedHashSet<>(request.complaintCaseNumbers() == null
                ? List.of() : request.complaintCaseNumbers());
        for (String number : numbers) {
            cases.add(checkJoinable(number, merchant.id()));
        }
        ClassDispute dispute = disputes.save(new ClassDispute(request.title().trim(),
                entityManager.getReference(Merchant.class, merchant.id()),
                entityManager.getReference(Platform.class, merchant.platformCode()), request.category(),
                blankToNull(request.description()), blankToNull(request.leadMediator()),
                currentUser.usernameOrSystem(), clock.instant()));
        audit.record(AuditSubject.DISPUTE, dispute.getId(), ref(dispute), AuditAction.DISPUTE_CREATED, null, null,
                StoredText.encode("audit.value.disputeCreated", dispute.getTitle(), cases.size()));
        for (ComplaintDetails c : cases) {
            join(dispute, c);
        }
        return details(dispute);
    }

    public DisputeDetails addMember(long disputeId, String caseNumber) {
        ClassDispute dispute = load(disputeId);
        join(dispute, checkJoinable(caseNumber, dispute.getMerchant().getId()));
        return details(dispute);
    }

    public DisputeDetails removeMember(long disputeId, String caseNumber) {
        ClassDispute dispute = load(disputeId);
        ComplaintDetails c = complaints.get(caseNumber);
        DisputeMember member = members.findById(c.id()).filter(m -> m.getDispute().getId().equals(disputeId))
                .orElseThrow(() -> new BusinessRuleException("error.dispute.notDispute", c.caseNumber()));
        members.delete(member);
        audit.record(AuditSubject.DISPUTE, disputeId, ref(dispute), AuditAction.MEMBER_REMOVED, "members", c.caseNumber(), null);
        audit.record(AuditSubject.COMPLAINT, c.id(), c.caseNumber(), AuditAction.REMOVED_FROM_DISPUTE, "dispute", ref(dispute),
                null);
        return details(dispute);
    }

    public void recordConsent(long disputeId, String caseNumber, ConsentDecision decision, LocalDate on,
                              Channel channel) {
        ClassDispute dispute = load(disputeId);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (decision == null) {
            errors.put("decision", Message.of("error.dispute.sayWhetherConsentGiven"));
        }
        if (on == null) {
            errors.put("decidedOn", Message.of("error.dispute.dateRequired"));
        } else if (on.isAfter(LocalDate.now(clock))) {
            errors.put("decidedOn", Message.of("error.dispute.mustNotFuture"));
        }
        if (channel == null) {
            errors.put("channel", Message.of("error.dispute.sayHowConsumerAnswered"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ComplaintDetails c = complaints.get(caseNumber);
        members.findById(c.id()).filter(m -> m.getDispute().getId().equals(disputeId))
                .orElseThrow(() -> new BusinessRuleException("error.dispute.notDispute", c.caseNumber()));
        consents.save(new DisputeConsent(disputeId, c.id(), decision, on, channel, currentUser.usernameOrSystem(),
                clock.instant()));
        String what = StoredText.encode("audit.value.consent", decision, on, channel);
        audit.record(AuditSubject.DISPUTE, disputeId, ref(dispute), AuditAction.CONSENT_RECORDED, "consent", c.caseNumber(), what);
        audit.record(AuditSubject.COMPLAINT, c.id(), c.caseNumber(), AuditAction.DISPUTE_CONSENT, "consent", ref(dispute), what);
    }

    public DisputeDetails changeStatus(long disputeId, DisputeStatus status, long expectedVersion) {
        ClassDispute dispute = load(disputeId);
        if (dispute.getVersion() != expectedVersion) {
            throw new BusinessRuleException("error.dispute.someoneElseChangedDispute");
        }
        DisputeStatus before = dispute.getStatus();
        if (before == status) {
            return details(dispute);
        }
        dispute.setStatus(status);
        everywhere(dispute, AuditAction.DISPUTE_STATUS, "status", before.name(), status.name());
        return details(dispute);
    }

    public DisputeDetails assignLeadMediator(long disputeId, String username) {
        ClassDispute dispute = load(disputeId);
        checkMediator(username);
        if (username != null && !username.isBlank()) {
            conflicts.tieBlocking(username.trim(), dispute.getMerchant().getId(),
                            dispute.getPlatform() == null ? List.of() : dispute.getPlatform().names(),
                            dispute.getRepresentatives().stream().map(Representative::name).toList())
                    .ifPresent(why -> {
                        throw new BusinessRuleException(why);
                    });
        }
        String before = dispute.getLeadMediator();
        dispute.setLeadMediator(blankToNull(username));
        everywhere(dispute, AuditAction.DISPUTE_MEDIATOR, "leadMediator", before, blankToNull(username));
        return details(dispute);
    }

    /** The dispute moves to IN_MEDIATION when its first session is scheduled; later sessions change nothing. */
    public void enterMediation(long disputeId, String why) {
        ClassDispute dispute = load(disputeId);
        if (dispute.getStatus() == DisputeStatus.OPEN) {
            dispute.setStatus(DisputeStatus.IN_MEDIATION);
            everywhere(dispute, AuditAction.DISPUTE_STATUS, "status", DisputeStatus.OPEN.name(),
                    StoredText.encode("audit.value.statusBecause", DisputeStatus.IN_MEDIATION, "", why, ""));
        }
    }

    /** Puts an event that concerns the whole dispute (e.g. a session) on its timeline and on every member case's. */
    public void recordOnTimeline(long disputeId, AuditAction action, String field, String before, String after) {
        everywhere(load(disputeId), action, field, before, after);
    }

    public DisputeDetails setRepresentatives(long disputeId, List<Representative> representatives) {
        ClassDispute dispute = load(disputeId);
        representatives.forEach(validator::check);
        dispute.setRepresentatives(representatives);
        everywhere(dispute, AuditAction.DISPUTE_REPRESENTATIVES, "representatives", null,
                String.join(", ", representatives.stream().map(Representative::name).toList()));
        return details(dispute);
    }

    /** Who may lead a class dispute: active mediators and administrators. */
    @Transactional(readOnly = true)
    public List<String> possibleMediators() {
        return accounts.activeUsernames(Set.of(Role.MEDIATOR, Role.ADMIN));
    }

    @Transactional(readOnly = true)
    public List<DisputeSummary> list() {
        return disputes.newestFirst().stream().map(d -> new DisputeSummary(d.getId(), d.getTitle(),
                d.getMerchant().getName(), d.getCategory(), d.getStatus(), members.countByDispute(d.getId()),
                d.getLeadMediator(), d.getCreatedAt())).toList();
    }

    /** Open disputes against a merchant, for the intake form's advice. */
    @Transactional(readOnly = true)
    public List<DisputeSummary> openAgainst(Long merchantId) {
        if (merchantId == null) {
            return List.of();
        }
        return disputes.byMerchantAndStatus(merchantId, List.of(DisputeStatus.OPEN, DisputeStatus.IN_MEDIATION))
                .stream().map(d -> new DisputeSummary(d.getId(), d.getTitle(), d.getMerchant().getName(),
                        d.getCategory(), d.getStatus(), members.countByDispute(d.getId()), d.getLeadMediator(),
                        d.getCreatedAt())).toList();
    }

    @Transactional(readOnly = true)
    public DisputeDetails get(long disputeId) {
        return details(load(disputeId));
    }

    /** A page of member complaints with each consumer's latest consent. */
    @Transactional(readOnly = true)
    public List<DisputeMemberRow> members(long disputeId, int offset, int limit) {
        load(disputeId);
        List<Long> ids = members.complaintIds(disputeId);
        Map<Long, DisputeConsent> latest = latestConsents(disputeId);
        List<DisputeMemberRow> rows = new ArrayList<>();
        int end = Math.min(ids.size(), offset + Math.max(1, limit));
        // One query for the page's case numbers instead of one per member.
        Map<Long, String> numbers = new HashMap<>();
        complaintData.byIds(ids.subList(Math.min(offset, ids.size()), end))
                .forEach(c -> numbers.put(c.id(), c.caseNumber()));
        for (Long id : ids.subList(Math.min(offset, ids.size()), end)) {
            ComplaintDetails c = complaints.get(numbers.get(id));
            DisputeConsent consent = latest.get(id);
            rows.add(new DisputeMemberRow(c.caseNumber(), c.consumerName(), c.consumerPhone(), c.province(),
                    c.amountPaid(), c.amountClaimed(), c.category(), c.paymentMethod(), c.status(),
                    consent == null ? null : consent.getDecision(), consent == null ? null : consent.getDecidedOn(),
                    consent == null ? null : consent.getChannel()));
        }
        return rows;
    }

    /** Members a settlement of the class binds: those whose latest decision is consent given. */
    @Transactional(readOnly = true)
    public List<String> consentingMembers(long disputeId) {
        Map<Long, DisputeConsent> latest = latestConsents(disputeId);
        List<Long> ids = members.complaintIds(disputeId).stream()
                .filter(id -> latest.containsKey(id) && latest.get(id).getDecision() == ConsentDecision.GIVEN).toList();
        return complaintData.byIds(ids).stream().map(c -> c.caseNumber()).sorted().toList();
    }

    private Map<Long, DisputeConsent> latestConsents(long disputeId) {
        Map<Long, DisputeConsent> latest = new HashMap<>();
        for (DisputeConsent c : consents.ledger(disputeId)) {
            latest.put(c.getComplaintId(), c);
        }
        return latest;
    }

    private ComplaintDetails checkJoinable(String caseNumber, Long merchantId) {
        ComplaintDetails c = complaints.get(caseNumber);
        if (c.status() == ComplaintStatus.MERGED) {
            throw new BusinessRuleException("error.dispute.mergedDuplicateAddCase", c.caseNumber());
        }
        if (!Objects.equals(c.merchantId(), merchantId)) {
            throw new BusinessRuleException("error.dispute.againstNotDisputeS", c.caseNumber(), c.merchantName());
        }
        members.findById(c.id()).ifPresent(m -> {
            throw new BusinessRuleException("error.dispute.alreadyClassDispute", c.caseNumber(),
                    m.getDispute().getTitle(), m.getDispute().getId());
        });
        return c;
    }

    private void join(ClassDispute dispute, ComplaintDetails c) {
        members.save(new DisputeMember(c.id(), dispute, currentUser.usernameOrSystem(), clock.instant()));
        members.flush();
        audit.record(AuditSubject.DISPUTE, dispute.getId(), ref(dispute), AuditAction.MEMBER_ADDED, "members", null,
                c.caseNumber());
        audit.record(AuditSubject.COMPLAINT, c.id(), c.caseNumber(), AuditAction.ADDED_TO_DISPUTE, "dispute", null, ref(dispute));
    }

    /** Audits a dispute-wide change on the dispute and on every member case. */
    private void everywhere(ClassDispute dispute, AuditAction action, String field, String before, String after) {
        audit.record(AuditSubject.DISPUTE, dispute.getId(), ref(dispute), action, field, before, after);
        List<Long> ids = members.complaintIds(dispute.getId());
        for (var c : complaintData.byIds(ids)) {
            audit.record(AuditSubject.COMPLAINT, c.id(), c.caseNumber(), action, field, before,
                    StoredText.encode("audit.value.onDispute", ref(dispute), after == null ? "—" : after));
        }
    }

    private void checkMediator(String username) {
        if (username != null && !username.isBlank()
                && !accounts.isActiveWithAnyRole(username.trim(), Set.of(Role.MEDIATOR, Role.ADMIN))) {
            throw new InvalidInputException(Map.of("leadMediator", Message.of("error.dispute.notActiveMediator",
                    username)));
        }
    }

    private DisputeDetails details(ClassDispute d) {
        List<Long> ids = members.complaintIds(d.getId());
        CaseGroupSummary summary = complaintData.summarize(ids);
        Map<String, Long> consent = new LinkedHashMap<>();
        for (ConsentDecision decision : ConsentDecision.values()) {
            consent.put(decision.name(), 0L);
        }
        Map<Long, DisputeConsent> latest = latestConsents(d.getId());
        long none = 0;
        for (Long id : ids) {
            DisputeConsent c = latest.get(id);
            if (c == null) {
                none++;
            } else {
                consent.merge(c.getDecision().name(), 1L, Long::sum);
            }
        }
        consent.put("NONE", none);
        List<String> caseNumbers = complaintData.byIds(ids).stream().map(c -> c.caseNumber()).sorted().toList();
        return new DisputeDetails(d.getId(), d.getVersion(), d.getTitle(), d.getMerchant().getId(),
                d.getMerchant().getName(), d.getPlatform() == null ? null : d.getPlatform().getCode(), d.getCategory(),
                d.getDescription(), d.getLeadMediator(), d.getStatus(), d.getCreatedBy(), d.getCreatedAt(),
                summary.complaints(), summary.consumers(), summary.amountPaid(), summary.amountClaimed(),
                summary.byCategory(), summary.byPaymentMethod(), consent, List.copyOf(d.getRepresentatives()),
                caseNumbers);
    }

    private ClassDispute load(long id) {
        return disputes.findById(id).orElseThrow(() -> new NotFoundException("error.dispute.noClassDispute", id));
    }

    private static String ref(ClassDispute d) {
        return CaseRef.ofDispute(d.getId()).toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
