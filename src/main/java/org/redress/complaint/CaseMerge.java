package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One duplicate folded into a survivor, with what the merge changed so that undoing it restores both cases exactly:
 * the duplicate's status before and the survivor's claimed amount before and after.
 */
@Entity
@Table(name = "complaint_merge")
class CaseMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_merge_seq")
    @SequenceGenerator(name = "complaint_merge_seq", sequenceName = "complaint_merge_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survivor_id")
    private Complaint survivor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "duplicate_id")
    private Complaint duplicate;

    @Enumerated(EnumType.STRING)
    @Column(name = "duplicate_status_before", nullable = false, length = 30)
    private ComplaintStatus duplicateStatusBefore;

    @Column(name = "survivor_claimed_before", nullable = false, precision = 12, scale = 2)
    private BigDecimal survivorClaimedBefore;

    @Column(name = "survivor_claimed_after", nullable = false, precision = 12, scale = 2)
    private BigDecimal survivorClaimedAfter;

    @Column(length = 1000)
    private String reason;

    @Column(name = "merged_by", nullable = false, length = 50)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "undone_by", length = 50)
    private String undoneBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    protected CaseMerge() {
    }

    CaseMerge(Complaint survivor, Complaint duplicate, BigDecimal survivorClaimedBefore,
              BigDecimal survivorClaimedAfter, String reason, String mergedBy, Instant mergedAt) {
        this.survivor = survivor;
        this.duplicate = duplicate;
        this.duplicateStatusBefore = duplicate.getStatus();
        this.survivorClaimedBefore = survivorClaimedBefore;
        this.survivorClaimedAfter = survivorClaimedAfter;
        this.reason = reason;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
    }

    void undo(String by, Instant at) {
        undoneBy = by;
        undoneAt = at;
    }

    Long getId() {
        return id;
    }

    Complaint getSurvivor() {
        return survivor;
    }

    Complaint getDuplicate() {
        return duplicate;
    }

    ComplaintStatus getDuplicateStatusBefore() {
        return duplicateStatusBefore;
    }

    BigDecimal getSurvivorClaimedBefore() {
        return survivorClaimedBefore;
    }

    BigDecimal getSurvivorClaimedAfter() {
        return survivorClaimedAfter;
    }

    Instant getMergedAt() {
        return mergedAt;
    }

    String getMergedBy() {
        return mergedBy;
    }

    String getReason() {
        return reason;
    }
}
