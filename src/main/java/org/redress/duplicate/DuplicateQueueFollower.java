package org.redress.duplicate;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.redress.complaint.CaseUnmerged;
import org.redress.complaint.CasesMerged;
import org.redress.complaint.ComplaintFiled;
import org.redress.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the queue in step with the cases: a new complaint's likely duplicates join the queue once it is committed
 * (and searchable); pairs of merged cases leave the queue, and come back when the merge is undone.
 */
@Component
class DuplicateQueueFollower {

    private static final Logger log = LoggerFactory.getLogger(DuplicateQueueFollower.class);

    private final DuplicateService duplicates;
    private final DuplicatePairRepository pairs;
    private final CurrentUser currentUser;
    private final Clock clock;

    DuplicateQueueFollower(DuplicateService duplicates, DuplicatePairRepository pairs, CurrentUser currentUser,
                           Clock clock) {
        this.duplicates = duplicates;
        this.pairs = pairs;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFiled(ComplaintFiled filed) {
        try {
            duplicates.queueCandidatesOf(filed.caseNumber());
        } catch (RuntimeException e) {
            // The complaint is filed either way; the next full pass will find what this missed.
            log.warn("Could not look for duplicates of {}", filed.caseNumber(), e);
        }
    }

    @EventListener
    public void onMerged(CasesMerged merged) {
        Set<Long> ids = new HashSet<>(merged.duplicateIds());
        ids.add(merged.survivorId());
        for (DuplicatePair pair : pairs.involving(ids)) {
            boolean betweenMerged = ids.contains(pair.getFirstId()) && ids.contains(pair.getSecondId());
            boolean touchesDuplicate = merged.duplicateIds().contains(pair.getFirstId())
                    || merged.duplicateIds().contains(pair.getSecondId());
            if (pair.getStatus() == DuplicatePair.Status.OPEN && (betweenMerged || touchesDuplicate)) {
                pair.decide(DuplicatePair.Status.MERGED, currentUser.usernameOrSystem(), clock.instant());
            }
        }
    }

    @EventListener
    public void onUnmerged(CaseUnmerged unmerged) {
        for (DuplicatePair pair : pairs.involving(Set.of(unmerged.duplicateId()))) {
            if (pair.getStatus() == DuplicatePair.Status.MERGED) {
                pair.decide(DuplicatePair.Status.OPEN, null, null);
            }
        }
    }
}
