package org.redress.complaint;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.merchant.Merchant;
import org.redress.merchant.MerchantService;
import org.redress.merchant.Platform;
import org.redress.merchant.PlatformService;
import org.redress.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing, correcting, finding and reading complaint cases. Every method reads or changes personal data, so only
 * case workers (STAFF, MEDIATOR, ADMIN) may call them; regulators get aggregates elsewhere.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final CaseNumbers caseNumbers;
    private final DeadlinePolicy deadlines;
    private final MerchantService merchants;
    private final PlatformService platforms;
    private final ComplaintRules rules;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final TransitionRules transitionRules;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ComplaintService(ComplaintRepository complaints, CaseNumbers caseNumbers, DeadlinePolicy deadlines,
                     MerchantService merchants, PlatformService platforms, ComplaintRules rules,
                     AuditService audit, EntityManager entityManager, TransitionRules transitionRules,
                     CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.complaints = complaints;
        this.caseNumbers = caseNumbers;
        this.deadlines = deadlines;
        this.merchants = merchants;
        this.platforms = platforms;
        this.rules = rules;
        this.audit = audit;
        this.entityManager = entityManager;
        this.transitionRules = transitionRules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Files a new complaint; fails with one message per field when the draft is not valid. */
    public ComplaintDetails file(ComplaintDraft draft) {
        validate(draft);
        String externalId = blankToNull(draft.externalId());
        if (externalId != null && complaints.findByExternalId(externalId).isPresent()) {
            throw new InvalidInputException(Map.of("externalId",
                    Message.of("error.complaint.complaintExternalIdExists")));
        }
        Complaint complaint = fileChecked(draft);
        events.publishEvent(new ComplaintFiled(complaint.getId(), complaint.getCaseNumber()));
        return toDetails(complaint);
    }

    /** Files a draft that the caller has already checked (the bulk import checks whole batches at once). */
    Complaint fileChecked(ComplaintDraft draft) {
        Complaint complaint = newComplaint(draft);
        complaints.save(complaint);
        audit.record(AuditSubject.COMPLAINT, complaint.getId(), complaint.getCaseNumber(), AuditAction.CREATED, null,
                null, filedThrough(draft));
        return complaint;
    }

    /** A new case for a checked draft, numbered and with its deadlines, not yet saved. */
    Complaint newComplaint(ComplaintDraft draft) {
        Complaint complaint = new Complaint(caseNumbers.next(draft.receivedAt()), clock.instant(),
                currentUser.usernameOrSystem(), deadlines.acceptDue(draft.receivedAt()));
        ComplaintFields.apply(complaint, draft, merchantRef(draft.merchantId()), platformRef(draft.platformCode()),
                (field, before, after) -> { });
        return complaint;
    }

    /** What the audit trail says of a case's creation. */
    static String filedThrough(ComplaintDraft draft) {
        return StoredText.encode("audit.value.filedThrough", draft.channel());
    }

    /**
     * Corrects a case's fields. {@code expectedVersion} is the version the user saw: if someone else saved in the
     * meantime the change is refused rather than silently overwriting theirs.
     */
    public ComplaintDetails update(String caseNumber, long expectedVersion, ComplaintDraft draft) {
        Complaint complaint = load(caseNumber);
        if (complaint.getVersion() != expectedVersion) {
            throw new BusinessRuleException("error.complaint.someoneElseChangedCase", caseNumber);
        }
        validate(draft);
        String externalId = blankToNull(draft.externalId());
        if (externalId != null && complaints.findByExternalId(externalId)
                .filter(other -> !other.getId().equals(complaint.getId())).isPresent()) {
            throw new InvalidInputException(Map.of("externalId",
                    Message.of("error.complaint.complaintExternalIdExists")));
        }
        ComplaintFields.apply(complaint, draft, merchantRef(draft.merchantId()), platformRef(draft.platformCode()),
                (field, before, after) -> audit.recordChange(AuditSubject.COMPLAINT, complaint.getId(),
                        complaint.getCaseNumber(), field, before, after));
        complaints.flush();
        return toDetails(complaint);
    }

    /** Changes the claimed amount as part of a merge or unmerge, audited like any correction. */
    void changeClaimedAmount(Complaint complaint, BigDecimal amount) {
        BigDecimal before = complaint.getAmountClaimed();
        complaint.setAmountClaimed(amount);
        audit.recordChange(AuditSubject.COMPLAINT, complaint.getId(), complaint.getCaseNumber(), "amountClaimed",
                before.toPlainString(), amount.toPlainString());
    }

    void flush() {
        complaints.flush();
    }

    @Transactional(readOnly = true)
    public ComplaintDetails get(String caseNumber) {
        return toDetails(load(caseNumber));
    }

    @Transactional(readOnly = true)
    public Optional<ComplaintDetails> find(String caseNumber) {
        return complaints.findByCaseNumber(normalize(caseNumber)).map(this::toDetails);
    }

    @Transactional(readOnly = true)
    public Optional<ComplaintDetails> findByExternalId(String externalId) {
        return externalId == null ? Optional.empty() : complaints.findByExternalId(externalId.trim()).map(this::toDetails);
    }

    @Transactional(readOnly = true)
    public Page<ComplaintRow> list(ComplaintFilter filter, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        return complaints.findAll(ComplaintSpecifications.matching(filter, today), pageable)
                .map(complaint -> toRow(complaint, today));
    }

    @Transactional(readOnly = true)
    public long count(ComplaintFilter filter) {
        return complaints.count(ComplaintSpecifications.matching(filter, LocalDate.now(clock)));
    }

    /** The case numbers of the complaints filed with these external ids (those that exist). */
    @Transactional(readOnly = true)
    public Set<String> caseNumbersOf(Collection<String> externalIds) {
        Set<String> found = new HashSet<>();
        List<String> ids = List.copyOf(externalIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            found.addAll(complaints.findCaseNumbersByExternalIds(ids.subList(from, Math.min(ids.size(), from + 1_000))));
        }
        return found;
    }

    /** Field errors of a draft, checked against today's date; empty when the draft can be filed. */
    @Transactional(readOnly = true)
    public Map<String, Message> check(ComplaintDraft draft) {
        return rules.violations(draft, code -> platforms.find(code).isPresent(),
                id -> merchants.find(id).isPresent());
    }

    private void validate(ComplaintDraft draft) {
        Map<String, Message> errors = check(draft);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Locks the cases for the rest of the transaction; call it before loading them, so they are read as locked. */
    void lock(Collection<String> caseNumbers) {
        complaints.lockInIdOrder(caseNumbers.stream().map(ComplaintService::normalize).toList());
    }

    Complaint load(String caseNumber) {
        return complaints.findByCaseNumber(normalize(caseNumber))
                .orElseThrow(() -> new NotFoundException("error.complaint.noCase", caseNumber));
    }

    private Merchant merchantRef(Long merchantId) {
        return entityManager.getReference(Merchant.class, merchantId);
    }

    private Platform platformRef(String code) {
        return entityManager.getReference(Platform.class, code.trim().toUpperCase());
    }

    ComplaintDetails toDetails(Complaint c) {
        LocalDate today = LocalDate.now(clock);
        ConsumerDetails consumer = c.getConsumer();
        return new ComplaintDetails(c.getId(), c.getVersion(), c.getCaseNumber(), c.getExternalId(), c.getReceivedAt(),
                c.getChannel(), consumer.name(), consumer.phone(), consumer.email(), consumer.province(),
                consumer.city(), c.getMerchant().getId(), c.getMerchant().getName(), c.getMerchant().getShopId(),
                c.getPlatform().getCode(), c.getOrderNumber(), c.getPlatformTicket(), c.getPurchaseDate(),
                c.getAmountPaid(), c.getAmountClaimed(), c.getPaymentMethod(), c.getCategory(), c.getNarrative(),
                c.getStatus(), c.getStatusReason(), c.getEscalationTarget(), c.getAssignee(), c.getDeadlines().getAcceptDueOn(),
                c.getDeadlines().getAcceptedOn(), c.getDeadlines().getPlatformReplyDueOn(),
                c.getDeadlines().getMediationDueOn(), c.getDeadlines().getDeadlineOn(),
                c.getDeadlines().isOverdueOn(today), c.getDeadlines().isDeadlineMissed(), c.getShareConsent(), c.getPublicationConsent(),
                c.isNotifyBySms(), c.isNotifyByEmail(),
                c.getCreatedAt(), c.getCreatedBy(), transitionRules.allowedForCurrentUser(c.getStatus()));
    }

    private static ComplaintRow toRow(Complaint c, LocalDate today) {
        return new ComplaintRow(c.getCaseNumber(), c.getReceivedAt(), c.getConsumer().name(), c.getMerchant().getName(),
                c.getPlatform().getCode(), c.getCategory(), c.getStatus(), c.getAmountClaimed(), c.getAssignee(),
                c.getDeadlines().getDeadlineOn(), c.getDeadlines().isOverdueOn(today));
    }

    static String normalize(String caseNumber) {
        return caseNumber == null ? "" : caseNumber.trim().toUpperCase();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
