package org.redress.mediation;

import java.time.OffsetDateTime;

/** A session as a consumer is told of it: when, where (room or online link) and the calendar file (.ics). */
public record SessionInvitation(String caseRef, OffsetDateTime start, OffsetDateTime end, String place, String ics) {
}
