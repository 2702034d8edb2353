package org.redress.complaint;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging duplicate complaints into one surviving case, and undoing it. Nothing is deleted: a duplicate keeps all it
 * had (narrative, evidence, history) and only changes status to MERGED with a pointer to the survivor; the merge
 * record keeps what changed, so an unmerge restores both cases exactly. Both sides are audited.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class CaseMerging {

    private final ComplaintService complaints;
    private final CaseMergeRepository merges;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseMerging(ComplaintService complaints, CaseMergeRepository merges, AuditService audit, CurrentUser currentUser,
                ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.merges = merges;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public ComplaintDetails merge(String survivorCaseNumber, MergeRequest request) {
        if (request.duplicates() == null || request.duplicates().isEmpty()) {
            throw new InvalidInputException(Map.of("duplicates", Message.of("error.complaint.nameLeastOneDuplicate")));
        }
        Set<String> numbers = new LinkedHashSet<>();
        request.duplicates().forEach(n -> numbers.add(ComplaintService.normalize(n)));
        Set<String> involved = new LinkedHashSet<>(numbers);
        involved.add(ComplaintService.normalize(survivorCaseNumber));
        complaints.lock(involved);
        Complaint survivor = complaints.load(survivorCaseNumber);
        if (numbers.contains(survivor.getCaseNumber())) {
            throw new BusinessRuleException("error.complaint.caseCannotMergedInto2", survivor.getCaseNumber());
        }
        if (survivor.getStatus() == ComplaintStatus.MERGED) {
            throw new BusinessRuleException("error.complaint.itselfMergedIntoMerge", survivor.getCaseNumber(),
                    survivor.getMergedInto().getCaseNumber());
        }
        checkVersion(survivor, request);
        List<Complaint> duplicates = new ArrayList<>();
        for (String number : numbers) {
            Complaint duplicate = complaints.load(number);
            if (duplicate.getStatus() == ComplaintStatus.MERGED) {
                throw new BusinessRuleException("error.complaint.alreadyMergedInto", number,
                        duplicate.getMergedInto().getCaseNumber());
            }
            if (!merges.activeInto(duplicate).isEmpty()) {
                throw new BusinessRuleException("error.complaint.hasDuplicatesMergedInto", number);
            }
            checkVersion(duplicate, request);
            boolean otherMerchant = !Objects.equals(duplicate.getMerchant().getId(), survivor.getMerchant().getId());
            if (otherMerchant && (!request.acrossMerchants() || request.reason() == null
                    || request.reason().isBlank())) {
                throw new BusinessRuleException("error.complaint.againstNotMergingAcross", number,
                        duplicate.getMerchant().getName(), survivor.getMerchant().getName());
            }
            duplicates.add(duplicate);
        }
        BigDecimal before = survivor.getAmountClaimed();
        BigDecimal after = amountToKeep(survivor, duplicates, request.keepAmountFrom());
        String who = currentUser.usernameOrSystem();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        BigDecimal running = before;
        for (Complaint duplicate : duplicates) {
            merges.save(new CaseMerge(survivor, duplicate, running, after, reason, who, clock.instant()));
            running = after;
            ComplaintStatus statusBefore = duplicate.getStatus();
            duplicate.mergeInto(survivor);
            audit.record(AuditSubject.COMPLAINT, duplicate.getId(), duplicate.getCaseNumber(), AuditAction.MERGED_INTO, "status",
                    statusBefore.name(), "MERGED into " + survivor.getCaseNumber() + (reason == null ? "" : " (" + reason + ")"));
            audit.record(AuditSubject.COMPLAINT, survivor.getId(), survivor.getCaseNumber(), AuditAction.DUPLICATE_MERGED,
                    "duplicates", null, duplicate.getCaseNumber() + (reason == null ? "" : " (" + reason + ")"));
        }
        if (after.compareTo(before) != 0) {
            complaints.changeClaimedAmount(survivor, after);
        }
        complaints.flush();
        events.publishEvent(new CasesMerged(survivor.getId(), duplicates.stream().map(Complaint::getId).toList()));
        return complaints.toDetails(survivor);
    }

    /**
     * Undoes merges. For a merged duplicate, brings that one back; for a survivor, brings back all its duplicates,
     * latest first, so its claimed amount returns to what it was before the first merge.
     */
    public ComplaintDetails unmerge(String caseNumber) {
        complaints.lock(Set.of(caseNumber));
        Complaint complaint = complaints.load(caseNumber);
        List<CaseMerge> toUndo;
        if (complaint.getStatus() == ComplaintStatus.MERGED) {
            toUndo = merges.activeOf(complaint).map(List::of).orElseThrow(() ->
                    new BusinessRuleException("error.complaint.hasNoMergeUndo", caseNumber));
        } else {
            toUndo = merges.activeInto(complaint);
            if (toUndo.isEmpty()) {
                throw new BusinessRuleException("error.complaint.hasNoMergedDuplicates", caseNumber);
            }
        }
        String who = currentUser.usernameOrSystem();
        for (CaseMerge merge : toUndo) {
            Complaint survivor = merge.getSurvivor();
            Complaint duplicate = merge.getDuplicate();
            duplicate.unmerge(merge.getDuplicateStatusBefore());
            // Restore the amount only if no later change moved it: then the merge's effect is the only one to undo.
            if (survivor.getAmountClaimed().compareTo(merge.getSurvivorClaimedAfter()) == 0
                    && merges.activeInto(survivor).getFirst().getId().equals(merge.getId())) {
                complaints.changeClaimedAmount(survivor, merge.getSurvivorClaimedBefore());
            }
            merge.undo(who, clock.instant());
            merges.flush();
            audit.record(AuditSubject.COMPLAINT, duplicate.getId(), duplicate.getCaseNumber(), AuditAction.UNMERGED, "status",
                    "MERGED", merge.getDuplicateStatusBefore().name());
            audit.record(AuditSubject.COMPLAINT, survivor.getId(), survivor.getCaseNumber(), AuditAction.DUPLICATE_UNMERGED,
                    "duplicates", duplicate.getCaseNumber(), null);
            events.publishEvent(new CaseUnmerged(survivor.getId(), duplicate.getId()));
        }
        complaints.flush();
        return complaints.toDetails(complaint);
    }

    /** The case a merged duplicate was merged into. */
    @Transactional(readOnly = true)
    public String survivorOf(String caseNumber) {
        Complaint complaint = complaints.load(caseNumber);
        return complaint.getMergedInto() == null ? null : complaint.getMergedInto().getCaseNumber();
    }

    /** Duplicates merged into this case, oldest merge first. */
    @Transactional(readOnly = true)
    public List<MergedCase> mergedInto(String caseNumber) {
        Complaint survivor = complaints.load(caseNumber);
        return merges.activeInto(survivor).reversed().stream().map(m -> new MergedCase(
                m.getDuplicate().getCaseNumber(), m.getDuplicate().getConsumer().name(),
                m.getDuplicate().getMerchant().getName(), m.getDuplicate().getAmountClaimed(), m.getMergedAt(),
                m.getMergedBy(), m.getReason())).toList();
    }

    private static BigDecimal amountToKeep(Complaint survivor, List<Complaint> duplicates, String keepFrom) {
        if (keepFrom != null && !keepFrom.isBlank()) {
            String number = ComplaintService.normalize(keepFrom);
            if (number.equals(survivor.getCaseNumber())) {
                return survivor.getAmountClaimed();
            }
            return duplicates.stream().filter(d -> d.getCaseNumber().equals(number)).findFirst()
                    .map(Complaint::getAmountClaimed).orElseThrow(() -> new InvalidInputException(Map.of("keepAmountFrom", Message.of("error.complaint.neitherSurvivingCaseNor", number))));
        }
        BigDecimal highest = survivor.getAmountClaimed();
        for (Complaint d : duplicates) {
            if (d.getAmountClaimed().compareTo(highest) > 0) {
                highest = d.getAmountClaimed();
            }
        }
        return highest;
    }

    private static void checkVersion(Complaint complaint, MergeRequest request) {
        Long expected = request.expectedVersions() == null ? null
                : request.expectedVersions().get(complaint.getCaseNumber());
        if (expected != null && expected != complaint.getVersion()) {
            throw new BusinessRuleException("error.complaint.someoneElseChangedWhile", complaint.getCaseNumber());
        }
    }
}
