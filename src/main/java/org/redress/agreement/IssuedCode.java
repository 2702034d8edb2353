package org.redress.agreement;

import java.time.Instant;

/** A signing code and link as issued: put into the message to the party, never shown, returned or stored. */
record IssuedCode(String party, String code, String linkToken, Instant expiresAt) {
}
