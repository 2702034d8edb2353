package org.redress.duplicate;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.redress.base.BusinessRuleException;
import org.redress.base.Roles;
import org.redress.complaint.ComplaintCandidates;
import org.redress.security.CurrentUser;
import org.redress.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full duplicate pass over all complaints, in the background: read every complaint page by page into a
 * {@link DuplicatePass}, find and score candidate pairs, then replace the queue's open pairs with what was found.
 * Pairs someone already dismissed or merged keep their decision. One pass at a time; progress for the view.
 */
@Service
public class DuplicateScan {

    private static final Logger log = LoggerFactory.getLogger(DuplicateScan.class);
    private static final int WRITE_BATCH = 1_000;

    /** Where a pass stands. {@code percent} runs 0-100 over reading (0-60), pairing (60-90) and writing (90-100). */
    public record Progress(boolean running, int percent, String phase, long complaints, long pairsFound,
                           Instant startedAt, Duration took, String startedBy, String error, String phaseTimes) {

        Progress(boolean running, int percent, String phase, long complaints, long pairsFound, Instant startedAt,
                 Duration took, String startedBy, String error) {
            this(running, percent, phase, complaints, pairsFound, startedAt, took, startedBy, error, null);
        }
    }

    private final ComplaintCandidates candidates;
    private final DuplicatePairRepository pairs;
    private final DuplicateSettings settings;
    private final TransactionTemplate transactions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("duplicate-pass").daemon().factory());
    private volatile Progress progress = new Progress(false, 0, "idle", 0, 0, null, null, null, null);

    DuplicateScan(ComplaintCandidates candidates, DuplicatePairRepository pairs, DuplicateSettings settings,
                  TransactionTemplate transactions, CurrentUser currentUser, Clock clock) {
        this.candidates = candidates;
        this.pairs = pairs;
        this.settings = settings;
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.CASE_WORKERS)
    public synchronized Progress start() {
        if (progress.running()) {
            throw new BusinessRuleException("error.duplicate.duplicatePassAlreadyRunning", progress.percent());
        }
        String user = currentUser.usernameOrSystem();
        Instant started = clock.instant();
        progress = new Progress(true, 0, "reading", 0, 0, started, null, user, null);
        worker.submit(() -> SystemUser.run(() -> run(user, started)));
        return progress;
    }

    @PreAuthorize(Roles.CASE_WORKERS)
    public Progress progress() {
        return progress;
    }

    /** Runs a pass in the calling thread (used by the background worker and by benchmarks). */
    Progress run(String user, Instant started) {
        long begin = System.nanoTime();
        try {
            long total = Math.max(1, candidates.count());
            DuplicatePass pass = new DuplicatePass((int) Math.min(total, DuplicatePass.MAX_SIZE));
            candidates.forEach(c -> {
                pass.add(new CaseFacts(c.id(), c.consumerPhone(), c.consumerEmail(), c.merchantId(), c.orderNumber(),
                        c.platformTicket(), c.narrative()));
                if (pass.size() % 5_000 == 0) {
                    progress = new Progress(true, (int) (60L * pass.size() / total), "reading", pass.size(), 0,
                            started, null, user, null);
                }
            });
            long read = System.nanoTime();
            progress = new Progress(true, 60, "pairing", pass.size(), 0, started, null, user, null);
            List<DuplicatePass.FoundPair> found = pass.run(settings.threshold(), percent -> progress =
                    new Progress(true, 60 + (int) (percent * 30 / 100), "pairing", pass.size(), 0, started, null,
                            user, null));
            long paired = System.nanoTime();
            progress = new Progress(true, 90, "writing", pass.size(), found.size(), started, null, user, null);
            write(found);
            long written = System.nanoTime();
            progress = new Progress(false, 100, "done", pass.size(), found.size(), started,
                    Duration.between(started, clock.instant()), user, null, String.format(
                            "reading %d s, pairing %d s, writing %d s", (read - begin) / 1_000_000_000,
                            (paired - read) / 1_000_000_000, (written - paired) / 1_000_000_000));
            log.info("Duplicate pass over {} complaints found {} pairs in {} ({})", pass.size(), found.size(),
                    progress.took(), progress.phaseTimes());
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("Duplicate pass failed", e);
            progress = new Progress(false, progress.percent(), "failed", progress.complaints(), 0, started,
                    Duration.between(started, clock.instant()), user, String.valueOf(e.getMessage()));
        }
        return progress;
    }

    private void write(List<DuplicatePass.FoundPair> found) {
        Set<PairKey> decided = new HashSet<>();
        transactions.executeWithoutResult(status -> {
            pairs.deleteOpen();
            pairs.findAll().forEach(p -> decided.add(new PairKey(p.getFirstId(), p.getSecondId())));
        });
        Instant now = clock.instant();
        for (int from = 0; from < found.size(); from += WRITE_BATCH) {
            List<DuplicatePass.FoundPair> batch = found.subList(from, Math.min(found.size(), from + WRITE_BATCH));
            transactions.executeWithoutResult(status -> {
                for (DuplicatePass.FoundPair pair : batch) {
                    if (!decided.contains(new PairKey(pair.first(), pair.second()))) {
                        pairs.save(new DuplicatePair(pair.first(), pair.second(), pair.score(), pair.reasons(), now));
                    }
                }
            });
        }
    }

    private record PairKey(long first, long second) {
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
