package org.redress.consumernotice;

import java.time.Instant;
import org.redress.notification.NoticeChannel;

/**
 * A notice as staff see it: the address masked ("138****0001"); {@code lastError} says, in the reader's language,
 * why the last try failed. Field names are part of the API.
 */
public record NoticeView(long id, String caseNumber, NoticeKind kind, NoticeChannel channel, String sentTo,
                         String text, NoticeStatus status, int attempts, Instant createdAt, Instant sentAt,
                         Instant nextAttemptAt, String lastError) {
}
