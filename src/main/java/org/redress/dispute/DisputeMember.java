package org.redress.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A complaint in a class dispute; keyed by the complaint, so a complaint is in at most one dispute. */
@Entity
@Table(name = "class_dispute_member")
class DisputeMember {

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id")
    private ClassDispute dispute;

    @Column(name = "added_by", nullable = false, length = 50)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected DisputeMember() {
    }

    DisputeMember(Long complaintId, ClassDispute dispute, String addedBy, Instant addedAt) {
        this.complaintId = complaintId;
        this.dispute = dispute;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    Long getComplaintId() {
        return complaintId;
    }

    ClassDispute getDispute() {
        return dispute;
    }
}
