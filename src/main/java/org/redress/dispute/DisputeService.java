package org.redress.dispute;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
    private final DisputeMemberQueries queries;
    private final DisputeMembers membership;
    private final DisputeSuggestions suggestions;
    private final MerchantService merchants;
    private final AccountDirectory accounts;
    private final AuditService audit;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final ConflictOfInterest conflicts;
    private final Clock clock;

    DisputeService(ClassDisputeRepository disputes, DisputeMemberRepository members, DisputeMemberQueries queries,
                   DisputeMembers membership, DisputeSuggestions suggestions, MerchantService merchants,
                   AccountDirectory accounts, AuditService audit, InputValidator validator, CurrentUser currentUser,
                   EntityManager entityManager, ConflictOfInterest conflicts, Clock clock) {
        this.disputes = disputes;
        this.members = members;
        this.queries = queries;
        this.membership = membership;
        this.suggestions = suggestions;
        this.merchants = merchants;
        this.accounts = accounts;
        this.audit = audit;
        this.validator = validator;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DisputeSuggestion> suggestions(int limit) {
        return suggestions.find(Math.max(1, Math.min(limit, 200)));
    }

    /**
     * Opens a class dispute from a suggestion: all the cluster's complaints become members. A suggestion to add to
     * an open dispute is refused here (409): it is taken with {@link DisputeMembers#addSuggested}.
     */
    public DisputeDetails createFromSuggestion(DisputeSuggestion suggestion, String title) {
        if (suggestion.existingDisputeId() != null) {
            throw new BusinessRuleException("error.dispute.suggestionAddsToOpen", suggestion.existingDisputeId());
        }
        return create(new NewDispute(title, suggestion.merchantId(), suggestion.category(), null, null,
                suggestions.members(suggestion.merchantId(), suggestion.category())));
    }

    public DisputeDetails create(NewDispute request) {
        validator.check(request);
        MerchantSummary merchant = merchants.find(request.merchantId()).orElseThrow(() ->
                new InvalidInputException(Map.of("merchantId", Message.of("error.watch.noMerchant",
                        request.merchantId()))));
        checkMediator(request.leadMediator());
        List<String> numbers = request.complaintCaseNumbers() == null ? List.of() : request.complaintCaseNumbers();
        ClassDispute dispute = disputes.save(new ClassDispute(request.title().trim(),
                entityManager.getReference(Merchant.class, merchant.id()),
                entityManager.getReference(Platform.class, merchant.platformCode()), request.category(),
                blankToNull(request.description()), blankToNull(request.leadMediator()),
                currentUser.usernameOrSystem(), clock.instant()));
        disputes.flush();
        audit.record(AuditSubject.DISPUTE, dispute.getId(), ref(dispute), AuditAction.DISPUTE_CREATED, null, null,
                StoredText.encode("audit.value.disputeCreated", dispute.getTitle(), numbers.size()));
        if (!numbers.isEmpty()) {
            membership.add(dispute.getId(), numbers);
        }
        return details(dispute);
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

    /** Audits a dispute-wide change on the dispute and on every member case. */
    private void everywhere(ClassDispute dispute, AuditAction action, String field, String before, String after) {
        audit.record(AuditSubject.DISPUTE, dispute.getId(), ref(dispute), action, field, before, after);
        String value = StoredText.encode("audit.value.onDispute", ref(dispute), after == null ? "—" : after);
        audit.recordEach(AuditSubject.COMPLAINT, action, field, before, queries.select(dispute.getId(),
                MemberFilter.ALL).entrySet().stream().map(m -> new AuditService.Subject(m.getKey(), m.getValue(),
                value)).toList());
    }

    private void checkMediator(String username) {
        if (username != null && !username.isBlank()
                && !accounts.isActiveWithAnyRole(username.trim(), Set.of(Role.MEDIATOR, Role.ADMIN))) {
            throw new InvalidInputException(Map.of("leadMediator", Message.of("error.dispute.notActiveMediator",
                    username)));
        }
    }

    private DisputeDetails details(ClassDispute d) {
        DisputeFigures figures = queries.figures(d.getId());
        return new DisputeDetails(d.getId(), d.getVersion(), d.getTitle(), d.getMerchant().getId(),
                d.getMerchant().getName(), d.getPlatform() == null ? null : d.getPlatform().getCode(), d.getCategory(),
                d.getDescription(), d.getLeadMediator(), d.getStatus(), d.getCreatedBy(), d.getCreatedAt(),
                figures.members(), figures.consumers(), figures.amountPaid(), figures.amountClaimed(),
                figures.byCategory(), figures.byPaymentMethod(), figures.consent(),
                List.copyOf(d.getRepresentatives()), queries.caseNumbers(d.getId()));
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
