package org.redress.mediation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A session to schedule, for one complaint ({@code caseNumber}) or one class dispute ({@code disputeId}). Field names
 * are part of the API. Either a room (by name) or an online link.
 */
public record SessionRequest(String caseNumber, Long disputeId, String mediator, OffsetDateTime start,
                             Integer durationMinutes, String room, String onlineLink, String agenda,
                             List<ParticipantRequest> participants) {
}
