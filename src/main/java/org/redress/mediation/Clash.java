package org.redress.mediation;

import java.time.OffsetDateTime;

/**
 * One reason a booking was refused. For clashes with another booking, {@code sessionId}, {@code start} and
 * {@code end} name it; for rule clashes (working hours, holiday, capacity, conflict of interest) they are null.
 */
public record Clash(ClashKind kind, Long sessionId, OffsetDateTime start, OffsetDateTime end, String message) {
}
