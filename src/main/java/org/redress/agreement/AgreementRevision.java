package org.redress.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of a draft, as its canonical text: what the diff between versions compares. */
@Entity
@Table(name = "agreement_revision")
class AgreementRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_revision_seq")
    @SequenceGenerator(name = "agreement_revision_seq", sequenceName = "agreement_revision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(name = "saved_by", nullable = false, length = 50)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected AgreementRevision() {
    }

    AgreementRevision(Long agreementId, int revision, String content, String savedBy, Instant savedAt) {
        this.agreementId = agreementId;
        this.revision = revision;
        this.content = content;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    int getRevision() {
        return revision;
    }

    String getContent() {
        return content;
    }

    String getSavedBy() {
        return savedBy;
    }

    Instant getSavedAt() {
        return savedAt;
    }
}
