package org.redress.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A session as the API and the views see it. Field names are part of the API; times carry the association's offset
 * ({@code +08:00}), views convert them to the user's zone.
 */
public record SessionDetails(long id, long version, String caseNumber, Long disputeId, String caseRef,
                             String mediator, OffsetDateTime start, OffsetDateTime end, int durationMinutes,
                             String room, String onlineLink, String agenda, SessionStatus status,
                             String cancelReason, SessionOutcome outcome, String outcomeNote, LocalDate nextDate,
                             String minutes, Instant minutesSavedAt, String noConflictConfirmedBy,
                             Instant noConflictConfirmedAt, Instant remindedAt, List<Participant> participants,
                             int sequence, String createdBy, Instant createdAt) {

    public boolean allConfirmed() {
        return participants.stream().allMatch(Participant::confirmed);
    }
}
