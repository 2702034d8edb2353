package org.redress.agreement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.redress.base.BusinessRuleException;
import org.redress.base.Sha256;
import org.springframework.stereotype.Component;

/**
 * One-time codes for signing electronically: a six-digit code and a signing link go to the party by SMS or e-mail,
 * never to staff; the party reads the code back to the mediator, or types it on the page the link opens. Codes live 15 minutes; a party has
 * five checks per agreement in all (re-issuing a code does not give more), and at most four codes an hour. Only the
 * hashes of a code and of its link are stored.
 */
@Component
class SigningCodes {

    static final Duration VALIDITY = Duration.ofMinutes(15);
    static final int MAX_ATTEMPTS = 5;
    static final int MAX_CODES_PER_HOUR = 4;
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
        String token = Sha256.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        String hash = hash(agreementId, party, code);
        var existing = codes.findById(new SigningCode.Key(agreementId, party));
        if (existing.isEmpty()) {
            codes.save(new SigningCode(agreementId, party, hash, Sha256.hex(token), now, expires, by));
        } else if (existing.get().getAttempts() >= MAX_ATTEMPTS) {
            throw new BusinessRuleException("error.agreement.tooManyWrongCodes", PartyLabel.of(party));
        } else if (!existing.get().replace(hash, Sha256.hex(token), now, expires, by, MAX_CODES_PER_HOUR)) {
            throw new BusinessRuleException("error.agreement.mostCodesHourSent", MAX_CODES_PER_HOUR,
                    PartyLabel.of(party));
        }
        return new IssuedCode(party, code, token, expires);
    }

    /**
     * Checks a code read back by the party; a correct code is used up. One check is taken from the party's allowance
     * first, in a single update, so that concurrent attempts cannot get more than the allowance between them. Runs
     * in the caller's transaction: a wrong code throws {@link WrongSigningCode}, which the caller does not roll back
     * for, so the check stays counted.
     */
    void verify(long agreementId, String party, String code) {
        SigningCode.Key key = new SigningCode.Key(agreementId, party);
        if (code == null || code.isBlank()) {
            throw new WrongSigningCode("signing.codeMissing", party);
        }
        if (codes.takeAttempt(key, MAX_ATTEMPTS) == 0) {
            if (codes.existsById(key)) {
                throw new BusinessRuleException("error.agreement.tooManyWrongCodes", party);
            }
            throw new WrongSigningCode("signing.noCodeSent", party);
        }
        SigningCode issued = codes.findById(key).orElseThrow();
        if (!MessageDigest.isEqual(issued.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                hash(agreementId, party, code.strip()).getBytes(StandardCharsets.US_ASCII))) {
            throw new WrongSigningCode("signing.codeWrong", party, MAX_ATTEMPTS - issued.getAttempts());
        }
        if (issued.getExpiresAt().isBefore(clock.instant())) {
            throw new WrongSigningCode("signing.codeExpired", party);
        }
        codes.delete(issued);
    }

    /** The agreement and party a signing link was sent for, while its code is still to be used. */
    Optional<SigningCode.Key> byLink(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return codes.findByLinkTokenHash(Sha256.hex(token)).map(SigningCode::getKey);
    }


    private static String hash(long agreementId, String party, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((agreementId + "|" + party + "|" + code)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
