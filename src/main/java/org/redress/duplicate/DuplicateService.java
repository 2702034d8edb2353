package org.redress.duplicate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.base.StoredText;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.complaint.CandidateCase;
import org.redress.complaint.ComplaintCandidates;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicates of one complaint (or of a draft not yet filed), computed live: candidates sharing a phone,
 * e-mail, order or ticket, plus those the search index finds with similar narratives, each scored with the exact
 * shingle similarity. Also the queue of pairs found by the background pass and at intake.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class DuplicateService {

    static final int IDENTIFIER_CANDIDATES = 50;
    static final int TEXT_CANDIDATES = 30;

    private final ComplaintService complaints;
    private final ComplaintCandidates candidates;
    private final DuplicatePairRepository pairs;
    private final DuplicateSettings settings;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    DuplicateService(ComplaintService complaints, ComplaintCandidates candidates, DuplicatePairRepository pairs,
                     DuplicateSettings settings, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.complaints = complaints;
        this.candidates = candidates;
        this.pairs = pairs;
        this.settings = settings;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Likely duplicates of a filed complaint, best first. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> candidates(String caseNumber) {
        ComplaintDetails d = complaints.get(caseNumber);
        return find(new CaseFacts(d.id(), d.consumerPhone(), d.consumerEmail(), d.merchantId(), d.orderNumber(),
                d.platformTicket(), d.narrative())).stream().map(Scored::candidate).toList();
    }

    /** Likely duplicates of a complaint about to be filed, for the intake form. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> candidatesForDraft(ComplaintDraft draft) {
        return find(new CaseFacts(-1, draft.consumerPhone(), draft.consumerEmail(),
                draft.merchantId() == null ? -1 : draft.merchantId(), draft.orderNumber(), draft.platformTicket(),
                draft.narrative())).stream().map(Scored::candidate).toList();
    }

    /** Finds a new complaint's likely duplicates and puts them in the queue. */
    public int queueCandidatesOf(String caseNumber) {
        ComplaintDetails d = complaints.get(caseNumber);
        List<Scored> found = find(new CaseFacts(d.id(), d.consumerPhone(), d.consumerEmail(), d.merchantId(),
                d.orderNumber(), d.platformTicket(), d.narrative()));
        for (Scored s : found) {
            long a = Math.min(d.id(), s.id());
            long b = Math.max(d.id(), s.id());
            pairs.findByFirstIdAndSecondId(a, b).ifPresentOrElse(
                    existing -> {
                        if (existing.getStatus() == DuplicatePair.Status.OPEN) {
                            existing.rescore(s.candidate().score(), s.candidate().reasons());
                        }
                    },
                    () -> pairs.save(new DuplicatePair(a, b, s.candidate().score(), s.candidate().reasons(),
                            clock.instant())));
        }
        return found.size();
    }

    @Transactional(readOnly = true)
    public List<QueueEntry> queue(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        List<DuplicatePair> page = pairs.open(PageRequest.of(offset / size, size));
        List<QueueEntry> entries = new ArrayList<>();
        for (DuplicatePair p : page) {
            Map<Long, CandidateCase> both = new LinkedHashMap<>();
            candidates.byIds(List.of(p.getFirstId(), p.getSecondId())).forEach(c -> both.put(c.id(), c));
            if (both.size() == 2) {
                entries.add(new QueueEntry(p.getId(), complaints.get(both.get(p.getFirstId()).caseNumber()),
                        complaints.get(both.get(p.getSecondId()).caseNumber()), p.getScore(), p.getReasons()));
            }
        }
        return entries;
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return pairs.countOpen();
    }

    /** Marks a pair as not duplicates; it stays out of the queue, also after later passes. Audited on both cases. */
    public void dismiss(long pairId) {
        DuplicatePair pair = pairs.findById(pairId).orElseThrow(() -> new NotFoundException("error.duplicate.noDuplicatePair", pairId));
        pair.decide(DuplicatePair.Status.DISMISSED, currentUser.usernameOrSystem(), clock.instant());
        List<CandidateCase> both = candidates.byIds(List.of(pair.getFirstId(), pair.getSecondId()));
        for (CandidateCase c : both) {
            String other = both.stream().filter(o -> o.id() != c.id()).map(CandidateCase::caseNumber).findFirst()
                    .orElse("?");
            audit.record(AuditSubject.COMPLAINT, c.id(), c.caseNumber(), AuditAction.DUPLICATE_DISMISSED, "duplicates", null,
                    StoredText.encode("audit.value.notDuplicateOf", other));
        }
    }

    private record Scored(long id, DuplicateCandidate candidate) {
    }

    private List<Scored> find(CaseFacts self) {
        Map<Long, CandidateCase> pool = new LinkedHashMap<>();
        candidates.sharingIdentifiers(self.consumerPhone(), self.consumerEmail(), self.orderNumber(),
                self.platformTicket(), IDENTIFIER_CANDIDATES).forEach(c -> pool.put(c.id(), c));
        candidates.similarText(self.narrative(), TEXT_CANDIDATES).forEach(c -> pool.putIfAbsent(c.id(), c));
        pool.remove(self.id());
        int[] own = TextFingerprint.shingles(self.narrative());
        List<Scored> found = new ArrayList<>();
        for (CandidateCase c : pool.values()) {
            CaseFacts other = new CaseFacts(c.id(), c.consumerPhone(), c.consumerEmail(), c.merchantId(),
                    c.orderNumber(), c.platformTicket(), c.narrative());
            PairScorer.Scored scored = PairScorer.score(self, other,
                    TextFingerprint.jaccard(own, TextFingerprint.shingles(c.narrative())));
            if (scored.score() >= settings.threshold()) {
                found.add(new Scored(c.id(), new DuplicateCandidate(c.caseNumber(), c.externalId(), scored.score(),
                        scored.reasons())));
            }
        }
        found.sort(Comparator.comparingDouble((Scored s) -> s.candidate().score()).reversed()
                .thenComparing(s -> s.candidate().caseNumber()));
        return found;
    }
}
