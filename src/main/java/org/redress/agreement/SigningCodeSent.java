package org.redress.agreement;

import java.time.Instant;
import org.redress.notification.NoticeChannel;

/**
 * That a signing code went to a party, as staff and the API see it: by which channel, to where (masked) and until
 * when it is valid. The code itself is never part of it. Field names are part of the API.
 */
public record SigningCodeSent(String party, NoticeChannel channel, String sentTo, Instant expiresAt) {
}
