package org.redress.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One merge of a merchant record into another, kept so that it can be undone exactly. */
@Entity
@Table(name = "merchant_merge")
class MerchantMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "merchant_merge_seq")
    @SequenceGenerator(name = "merchant_merge_seq", sequenceName = "merchant_merge_seq", allocationSize = 1)
    private Long id;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "merged_by", nullable = false, length = 50)
    private String mergedBy;

    @Column(nullable = false, length = 1000)
    private String reason;

    /** The aliases the merge added to the target, newline-separated, so that an undo removes just those. */
    @Column(name = "added_aliases", length = 4000)
    private String addedAliases;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "undone_by", length = 50)
    private String undoneBy;

    protected MerchantMerge() {
    }

    MerchantMerge(Long sourceId, Long targetId, Instant mergedAt, String mergedBy, String reason,
                  List<String> addedAliases) {
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.mergedAt = mergedAt;
        this.mergedBy = mergedBy;
        this.reason = reason;
        this.addedAliases = String.join("\n", addedAliases);
    }

    void undo(Instant at, String by) {
        this.undoneAt = at;
        this.undoneBy = by;
    }

    Long getId() {
        return id;
    }

    Long getSourceId() {
        return sourceId;
    }

    Long getTargetId() {
        return targetId;
    }

    boolean isUndone() {
        return undoneAt != null;
    }

    List<String> addedAliases() {
        return addedAliases == null || addedAliases.isEmpty() ? List.of() : Arrays.asList(addedAliases.split("\n"));
    }

    MergeRecord toRecord(String sourceName, String targetName) {
        return new MergeRecord(id, sourceId, sourceName, targetId, targetName, mergedAt, mergedBy, reason, undoneAt,
                undoneBy);
    }
}
