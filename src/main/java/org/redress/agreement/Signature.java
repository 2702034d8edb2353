package org.redress.agreement;

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

/** A party's signature: who signed, in what capacity, when, how, recorded by which staff member. */
@Entity
@Table(name = "agreement_signature")
class Signature {

    static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_signature_seq")
    @SequenceGenerator(name = "agreement_signature_seq", sequenceName = "agreement_signature_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(nullable = false, length = 30)
    private String party;

    @Column(name = "signer_name", nullable = false, length = NAME_MAX)
    private String signerName;

    @Column(nullable = false, length = NAME_MAX)
    private String capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignatureMethod method;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected Signature() {
    }

    Signature(Long agreementId, String party, String signerName, String capacity, SignatureMethod method,
              Instant signedAt, String recordedBy) {
        this.agreementId = agreementId;
        this.party = party;
        this.signerName = signerName;
        this.capacity = capacity;
        this.method = method;
        this.signedAt = signedAt;
        this.recordedBy = recordedBy;
    }

    String getParty() {
        return party;
    }

    String getSignerName() {
        return signerName;
    }

    String getCapacity() {
        return capacity;
    }

    SignatureMethod getMethod() {
        return method;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    String getRecordedBy() {
        return recordedBy;
    }
}
