package org.redress.mediation;

import java.time.Instant;
import java.util.List;

/** A proposed occupation of a slot: who and where, for the clash check. {@code sessionId} is null for a new one. */
record Booking(Long sessionId, SessionSubject subject, String mediator, Instant start, Instant end, Room room,
               List<Participant> participants) {
}
