package org.redress.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The hash of a one-time code sent to a party out of band, which staff type in when the party reads it back. */
@Entity
@Table(name = "agreement_signing_code")
class SigningCode {

    @Embeddable
    record Key(@Column(name = "agreement_id") Long agreementId, @Column(name = "party", length = 30) String party)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "issued_by", nullable = false, length = 50)
    private String issuedBy;

    protected SigningCode() {
    }

    SigningCode(long agreementId, String party, String codeHash, Instant expiresAt, String issuedBy) {
        this.key = new Key(agreementId, party);
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
        this.issuedBy = issuedBy;
    }

    void replace(String newHash, Instant newExpiry, String by) {
        this.codeHash = newHash;
        this.expiresAt = newExpiry;
        this.attempts = 0;
        this.issuedBy = by;
    }

    String getCodeHash() {
        return codeHash;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    int getAttempts() {
        return attempts;
    }

    void countAttempt() {
        attempts++;
    }
}
