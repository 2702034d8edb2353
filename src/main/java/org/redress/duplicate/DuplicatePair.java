package org.redress.duplicate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Two complaints the detector thinks are one grievance, waiting in the queue or decided. */
@Entity
@Table(name = "duplicate_pair")
class DuplicatePair {

    enum Status { OPEN, DISMISSED, MERGED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duplicate_pair_seq")
    @SequenceGenerator(name = "duplicate_pair_seq", sequenceName = "duplicate_pair_seq", allocationSize = 50)
    private Long id;

    @Column(name = "first_id", nullable = false)
    private long firstId;

    @Column(name = "second_id", nullable = false)
    private long secondId;

    @Column(nullable = false, precision = 4, scale = 3)
    private BigDecimal score;

    @Column(nullable = false, length = 200)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected DuplicatePair() {
    }

    DuplicatePair(long a, long b, double score, Set<DuplicateReason> reasons, Instant foundAt) {
        this.firstId = Math.min(a, b);
        this.secondId = Math.max(a, b);
        this.foundAt = foundAt;
        rescore(score, reasons);
    }

    void rescore(double newScore, Set<DuplicateReason> newReasons) {
        this.score = BigDecimal.valueOf(newScore).setScale(3, RoundingMode.HALF_UP);
        this.reasons = newReasons.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    void decide(Status decision, String by, Instant at) {
        status = decision;
        decidedBy = by;
        decidedAt = at;
    }

    Long getId() {
        return id;
    }

    long getFirstId() {
        return firstId;
    }

    long getSecondId() {
        return secondId;
    }

    double getScore() {
        return score.doubleValue();
    }

    Set<DuplicateReason> getReasons() {
        Set<DuplicateReason> set = EnumSet.noneOf(DuplicateReason.class);
        if (!reasons.isBlank()) {
            Arrays.stream(reasons.split(",")).map(DuplicateReason::valueOf).forEach(set::add);
        }
        return set;
    }

    Status getStatus() {
        return status;
    }
}
