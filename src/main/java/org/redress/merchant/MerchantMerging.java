package org.redress.merchant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two records of one merchant (a shop trading under several names or live rooms), and undoing it. The
 * merged record is kept and points at the survivor; its name and aliases become the survivor's aliases; every
 * complaint follows (through {@link MerchantsMerged}). An undo restores exactly what the merge changed.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class MerchantMerging {

    private final MerchantRepository merchants;
    private final MerchantMergeRepository merges;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    MerchantMerging(MerchantRepository merchants, MerchantMergeRepository merges, ApplicationEventPublisher events,
                    AuditService audit, CurrentUser currentUser, Clock clock) {
        this.merchants = merchants;
        this.merges = merges;
        this.events = events;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Merges {@code sourceId} into {@code targetId}; returns the merge's id, which an undo needs. */
    public Long merge(Long sourceId, Long targetId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", Message.of("error.merchant.sayWhyTheseRecords")));
        }
        if (sourceId.equals(targetId)) {
            throw new BusinessRuleException("error.merchant.merchantCannotMergedInto");
        }
        Merchant source = load(sourceId);
        Merchant target = load(targetId);
        if (source.getMergedIntoId() != null) {
            throw new BusinessRuleException("error.merchant.hasAlreadyBeenMerged", source.getName());
        }
        if (target.getMergedIntoId() != null) {
            throw new BusinessRuleException("error.merchant.hasBeenMergedInto", target.getName());
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(source.getName());
        candidates.addAll(source.getAliases());
        List<String> added = target.addAliases(candidates);
        source.mergeInto(target.getId());
        MerchantMerge merge = merges.save(new MerchantMerge(sourceId, targetId, clock.instant(),
                currentUser.usernameOrSystem(), reason.trim(), added));
        audit.record(AuditSubject.MERCHANT, sourceId, source.getName(), AuditAction.MERCHANT_MERGED, "mergedInto", null,
                target.getName() + " (#" + targetId + "): " + reason.trim());
        audit.record(AuditSubject.MERCHANT, targetId, target.getName(), AuditAction.MERCHANT_MERGED, "mergedFrom", null,
                source.getName() + " (#" + sourceId + "): " + reason.trim());
        events.publishEvent(new MerchantsMerged(merge.getId(), sourceId, targetId));
        return merge.getId();
    }

    /** Undoes a merge: the complaints it moved go back, the aliases it added are removed. */
    public void undo(Long mergeId) {
        MerchantMerge merge = merges.findById(mergeId)
                .orElseThrow(() -> new NotFoundException("error.merchant.noMerge", mergeId));
        if (merge.isUndone()) {
            throw new BusinessRuleException("error.merchant.mergeHasAlreadyBeen");
        }
        Merchant source = load(merge.getSourceId());
        Merchant target = load(merge.getTargetId());
        if (target.getMergedIntoId() != null) {
            throw new BusinessRuleException("error.merchant.hasSinceBeenMerged", target.getName());
        }
        target.removeAliases(merge.addedAliases());
        source.unmerge();
        merge.undo(clock.instant(), currentUser.usernameOrSystem());
        audit.record(AuditSubject.MERCHANT, source.getId(), source.getName(), AuditAction.MERCHANT_UNMERGED, "mergedInto",
                target.getName(), null);
        audit.record(AuditSubject.MERCHANT, target.getId(), target.getName(), AuditAction.MERCHANT_UNMERGED, "mergedFrom",
                source.getName(), null);
        events.publishEvent(new MerchantMergeUndone(mergeId, source.getId(), target.getId()));
    }

    /** The merges a merchant took part in, as source or target, newest first. */
    @Transactional(readOnly = true)
    public List<MergeRecord> mergesOf(Long merchantId) {
        return merges.findBySourceIdOrTargetIdOrderByMergedAtDesc(merchantId, merchantId).stream()
                .map(m -> m.toRecord(name(m.getSourceId()), name(m.getTargetId())))
                .toList();
    }

    private String name(Long id) {
        return merchants.findById(id).map(Merchant::getName).orElse("#" + id);
    }

    private Merchant load(Long id) {
        return merchants.findById(id).orElseThrow(() -> new NotFoundException("error.watch.noMerchant", id));
    }
}
