package org.redress.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.redress.complaint.Channel;

/** One entry of the consent ledger: a member's decision, when and how it was given, who recorded it. Never edited. */
@Entity
@Table(name = "dispute_consent")
class DisputeConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_consent_seq")
    @SequenceGenerator(name = "dispute_consent_seq", sequenceName = "dispute_consent_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dispute_id", nullable = false)
    private Long disputeId;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentDecision decision;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DisputeConsent() {
    }

    DisputeConsent(Long disputeId, Long complaintId, ConsentDecision decision, LocalDate decidedOn, Channel channel,
                   String recordedBy, Instant recordedAt) {
        this.disputeId = disputeId;
        this.complaintId = complaintId;
        this.decision = decision;
        this.decidedOn = decidedOn;
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getComplaintId() {
        return complaintId;
    }

    ConsentDecision getDecision() {
        return decision;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    Channel getChannel() {
        return channel;
    }

    Long getId() {
        return id;
    }
}
