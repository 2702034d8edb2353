package org.redress.dispute;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.redress.complaint.CandidateCase;
import org.redress.complaint.ComplaintCandidates;
import org.redress.complaint.ComplaintStatus;
import org.redress.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a class dispute: adding complaints (one or a thousand at once, all or none), removing one, and the
 * member list in pages. A complaint is in at most one dispute (the database's primary key says so too). Each member
 * case gets its own audit entry; the dispute gets one per change.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class DisputeMembers {

    /** Most complaints one request adds: a generous class, small enough for one transaction. */
    static final int MAX_BATCH = 5_000;
    /** Case numbers a message names before it says how many more there are. */
    private static final int NAMED = 10;

    private final ClassDisputeRepository disputes;
    private final DisputeMemberRepository members;
    private final DisputeMemberQueries queries;
    private final DisputeSuggestions suggestions;
    private final ComplaintCandidates complaints;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    DisputeMembers(ClassDisputeRepository disputes, DisputeMemberRepository members, DisputeMemberQueries queries,
                   DisputeSuggestions suggestions, ComplaintCandidates complaints, AuditService audit,
                   CurrentUser currentUser, Clock clock) {
        this.disputes = disputes;
        this.members = members;
        this.queries = queries;
        this.suggestions = suggestions;
        this.complaints = complaints;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Adds the complaints, all or none: 400 naming case numbers that do not exist, 409 naming complaints that are
     * merged duplicates, against another merchant, or already in another dispute. Complaints already in this one
     * are left as they are, so sending a list twice is harmless. Returns how many were added.
     */
    public int add(long disputeId, Collection<String> caseNumbers) {
        ClassDispute dispute = load(disputeId);
        Set<String> wanted = new LinkedHashSet<>();
        for (String number : caseNumbers == null ? List.<String>of() : caseNumbers) {
            if (number != null && !number.isBlank()) {
                wanted.add(number.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (wanted.isEmpty()) {
            throw new InvalidInputException(Map.of("caseNumbers", Message.of("error.dispute.caseNumbersRequired")));
        }
        if (wanted.size() > MAX_BATCH) {
            throw new InvalidInputException(Map.of("caseNumbers", Message.of("error.dispute.tooManyAtOnce",
                    MAX_BATCH)));
        }
        Map<String, CandidateCase> found = new LinkedHashMap<>();
        complaints.byCaseNumbers(wanted).forEach(c -> found.put(c.caseNumber(), c));
        List<String> unknown = wanted.stream().filter(n -> !found.containsKey(n)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(Map.of("caseNumbers", Message.of("error.dispute.noSuchCases",
                    named(unknown))));
        }
        List<String> merged = new ArrayList<>();
        List<String> otherMerchant = new ArrayList<>();
        for (CandidateCase c : found.values()) {
            if (c.status() == ComplaintStatus.MERGED) {
                merged.add(c.caseNumber());
            } else if (!Objects.equals(c.merchantId(), dispute.getMerchant().getId())) {
                otherMerchant.add(c.caseNumber());
            }
        }
        if (!merged.isEmpty()) {
            throw new BusinessRuleException("error.dispute.mergedDuplicateAddCase", named(merged));
        }
        if (!otherMerchant.isEmpty()) {
            throw new BusinessRuleException("error.dispute.notThisMerchant", named(otherMerchant),
                    dispute.getMerchant().getName());
        }
        Map<Long, DisputeMember> existing = new LinkedHashMap<>();
        members.findAllById(found.values().stream().map(CandidateCase::id).toList())
                .forEach(m -> existing.put(m.getComplaintId(), m));
        List<String> elsewhere = found.values().stream().filter(c -> existing.containsKey(c.id())
                && !existing.get(c.id()).getDispute().getId().equals(disputeId)).map(CandidateCase::caseNumber)
                .toList();
        if (!elsewhere.isEmpty()) {
            throw new BusinessRuleException("error.dispute.inOtherDisputes", named(elsewhere));
        }
        List<CandidateCase> joining = found.values().stream().filter(c -> !existing.containsKey(c.id())).toList();
        join(dispute, joining);
        return joining.size();
    }

    /** Adds what a suggestion proposes for an open dispute: the cluster's complaints that are in no dispute yet. */
    public int addSuggested(DisputeSuggestion suggestion) {
        if (suggestion.existingDisputeId() == null) {
            throw new BusinessRuleException("error.dispute.suggestionOpensNew");
        }
        return add(suggestion.existingDisputeId(), suggestions.members(suggestion.merchantId(),
                suggestion.category()));
    }

    public void remove(long disputeId, String caseNumber) {
        ClassDispute dispute = load(disputeId);
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT);
        Long complaintId = queries.members(disputeId, List.of(number)).get(number);
        if (complaintId == null) {
            complaints.byCaseNumbers(List.of(number)).stream().findFirst().orElseThrow(() ->
                    new NotFoundException("error.complaint.noCase", number));
            throw new BusinessRuleException("error.dispute.notDispute", number);
        }
        members.deleteById(complaintId);
        audit.record(AuditSubject.DISPUTE, disputeId, ref(dispute), AuditAction.MEMBER_REMOVED, "members", number,
                null);
        audit.record(AuditSubject.COMPLAINT, complaintId, number, AuditAction.REMOVED_FROM_DISPUTE, "dispute",
                ref(dispute), null);
    }

    @Transactional(readOnly = true)
    public List<DisputeMemberRow> page(long disputeId, MemberFilter filter, int offset, int limit) {
        load(disputeId);
        return queries.page(disputeId, filter == null ? MemberFilter.ALL : filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(long disputeId, MemberFilter filter) {
        return queries.count(disputeId, filter == null ? MemberFilter.ALL : filter);
    }

    /** Every member's complaint, for what concerns the whole class (a session, a notice). */
    @Transactional(readOnly = true)
    public List<Long> complaintIds(long disputeId) {
        return members.complaintIds(disputeId);
    }

    /** Members a settlement of the class binds: those whose latest decision is consent given. */
    @Transactional(readOnly = true)
    public List<String> consenting(long disputeId) {
        load(disputeId);
        return queries.consenting(disputeId);
    }

    void join(ClassDispute dispute, List<CandidateCase> joining) {
        if (joining.isEmpty()) {
            return;
        }
        String by = currentUser.usernameOrSystem();
        Instant at = clock.instant();
        members.saveAll(joining.stream().map(c -> new DisputeMember(c.id(), dispute, by, at)).toList());
        members.flush();
        List<String> numbers = joining.stream().map(CandidateCase::caseNumber).toList();
        audit.record(AuditSubject.DISPUTE, dispute.getId(), ref(dispute), AuditAction.MEMBER_ADDED, "members", null,
                joining.size() == 1 ? numbers.getFirst()
                        : StoredText.encode("audit.value.membersAdded", joining.size(), named(numbers)));
        audit.recordEach(AuditSubject.COMPLAINT, AuditAction.ADDED_TO_DISPUTE, joining.stream()
                .map(c -> new AuditService.Subject(c.id(), c.caseNumber(), ref(dispute))).toList());
    }

    /** The first few case numbers, then how many more: a message stays readable when a thousand are refused. */
    static String named(List<String> caseNumbers) {
        String first = String.join("、", caseNumbers.subList(0, Math.min(NAMED, caseNumbers.size())));
        return caseNumbers.size() <= NAMED ? first : first + " … (" + caseNumbers.size() + ")";
    }

    private ClassDispute load(long id) {
        return disputes.findById(id).orElseThrow(() -> new NotFoundException("error.dispute.noClassDispute", id));
    }

    static String ref(ClassDispute d) {
        return CaseRef.ofDispute(d.getId()).toString();
    }
}
