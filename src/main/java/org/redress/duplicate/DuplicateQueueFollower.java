package org.redress.duplicate;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.redress.complaint.CaseUnmerged;
import org.redress.complaint.CasesMerged;
import org.redress.complaint.ComplaintFiled;
import org.redress.security.CurrentUser;
import org.redress.security.SystemUser;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the queue in step with the cases: a new complaint's likely duplicates join the queue once it is committed
 * (and searchable); pairs of merged cases leave the queue, and come back when the merge is undone.
 */
@Component
class DuplicateQueueFollower {

    static final String EXECUTOR = "duplicateQueueExecutor";

    private final DuplicateService duplicates;
    private final DuplicatePairRepository pairs;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DuplicateQueueFollower(DuplicateService duplicates, DuplicatePairRepository pairs, CurrentUser currentUser,
                           TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.duplicates = duplicates;
        this.pairs = pairs;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Runs after the filing committed, on another thread and connection, from the event publication registry: the
     * request never waits for it or holds its connection meanwhile, and a crash before it ran leaves the event
     * outstanding, to be republished at the next start. One thread does this work ({@link #EXECUTOR}), so two
     * complaints filed at the same moment do not race to queue the same pair; should the full pass race it, the
     * loser tries again and finds the pair queued.
     */
    @Async(EXECUTOR)
    @TransactionalEventListener
    public void onFiled(ComplaintFiled filed) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status ->
                        SystemUser.run(() -> duplicates.queueCandidatesOf(filed.caseNumber())));
                return;
            } catch (DataIntegrityViolationException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Bean(EXECUTOR)
    static ThreadPoolTaskExecutor duplicateQueueExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("duplicate-queue-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
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
