package org.redress.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
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

    @Column(name = "issued_in_window", nullable = false)
    private int issuedInWindow;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "link_token_hash", length = 64)
    private String linkTokenHash;

    protected SigningCode() {
    }

    SigningCode(long agreementId, String party, String codeHash, String linkTokenHash, Instant now, Instant expiresAt,
                String issuedBy) {
        this.key = new Key(agreementId, party);
        this.codeHash = codeHash;
        this.linkTokenHash = linkTokenHash;
        this.expiresAt = expiresAt;
        this.issuedBy = issuedBy;
        this.issuedInWindow = 1;
        this.windowStart = now;
    }

    /**
     * A new code replaces the old one; wrong attempts are not forgiven by it, so re-issuing cannot buy more guesses.
     * Returns false when the codes issued in the current hour are used up.
     */
    boolean replace(String newHash, String newLinkHash, Instant now, Instant newExpiry, String by, int maxPerHour) {
        if (windowStart.plus(Duration.ofHours(1)).isBefore(now)) {
            windowStart = now;
            issuedInWindow = 0;
        }
        if (issuedInWindow >= maxPerHour) {
            return false;
        }
        issuedInWindow++;
        this.codeHash = newHash;
        this.linkTokenHash = newLinkHash;
        this.expiresAt = newExpiry;
        this.issuedBy = by;
        return true;
    }

    Key getKey() {
        return key;
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

}
