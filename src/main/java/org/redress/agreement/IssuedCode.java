package org.redress.agreement;

import java.time.Instant;

/** A signing code as issued: shown once to the person sending it to the party, never stored in the clear. */
public record IssuedCode(String party, String code, Instant expiresAt) {
}
