package org.redress.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link sent to a member to answer the consent question; only the token's SHA-256 is kept. */
@Entity
@Table(name = "dispute_consent_link")
class ConsentLink {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "dispute_id", nullable = false)
    private Long disputeId;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ConsentLink() {
    }

    ConsentLink(String tokenHash, Long disputeId, Long complaintId, String createdBy, Instant createdAt,
                Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.disputeId = disputeId;
        this.complaintId = complaintId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    Long getDisputeId() {
        return disputeId;
    }

    Long getComplaintId() {
        return complaintId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }
}
