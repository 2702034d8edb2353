package org.redress.agreement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.redress.base.BusinessRuleException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes for signing electronically: a six-digit code goes to the party by a channel outside the portal
 * (SMS, phone); the party reads it back and staff type it in. Codes live 15 minutes and allow five wrong attempts;
 * only their hash is stored.
 */
@Component
class SigningCodes {

    static final Duration VALIDITY = Duration.ofMinutes(15);
    static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningCodeRepository codes;
    private final Clock clock;

    SigningCodes(SigningCodeRepository codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** A new code for the party, replacing any earlier one. */
    IssuedCode issue(long agreementId, String party, String by) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant expires = clock.instant().plus(VALIDITY);
        codes.findById(new SigningCode.Key(agreementId, party)).ifPresentOrElse(
                existing -> existing.replace(hash(agreementId, party, code), expires, by),
                () -> codes.save(new SigningCode(agreementId, party, hash(agreementId, party, code), expires, by)));
        return new IssuedCode(party, code, expires);
    }

    /**
     * Checks a code read back by the party; a correct code is used up. Runs in its own transaction so that a wrong
     * attempt is counted even though the signing it was for is refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = BusinessRuleException.class)
    public void verify(long agreementId, String party, String code) {
        SigningCode issued = codes.findById(new SigningCode.Key(agreementId, party)).orElseThrow(() ->
                new BusinessRuleException("No code was sent to " + party + "; send one first"));
        if (issued.getExpiresAt().isBefore(clock.instant())) {
            throw new BusinessRuleException("The code sent to " + party + " has expired; send a new one");
        }
        if (issued.getAttempts() >= MAX_ATTEMPTS) {
            throw new BusinessRuleException("Too many wrong codes for " + party + "; send a new one");
        }
        String given = code == null ? "" : code.strip();
        if (!MessageDigest.isEqual(issued.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                hash(agreementId, party, given).getBytes(StandardCharsets.US_ASCII))) {
            issued.countAttempt();
            throw new BusinessRuleException("The code does not match what was sent to " + party + " ("
                    + (MAX_ATTEMPTS - issued.getAttempts()) + " attempts left)");
        }
        codes.delete(issued);
    }

    private static String hash(long agreementId, String party, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((agreementId + "|" + party + "|" + code)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
