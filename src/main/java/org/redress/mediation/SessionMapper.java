package org.redress.mediation;

import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns a session entity into what the API and the views show. */
@Component
class SessionMapper {

    private final RoomRepository rooms;
    private final ZoneId zone;

    SessionMapper(RoomRepository rooms, MediationProperties properties) {
        this.rooms = rooms;
        this.zone = properties.zone();
    }

    SessionDetails details(MediationSession s) {
        Room room = s.getRoomId() == null ? null : rooms.findById(s.getRoomId()).orElse(null);
        return new SessionDetails(s.getId(), s.getVersion(), s.getComplaintId() != null ? s.getCaseRef() : null,
                s.getDisputeId(), s.getCaseRef(), s.getMediator(), s.getStart().atZone(zone).toOffsetDateTime(),
                s.getEnd().atZone(zone).toOffsetDateTime(), s.durationMinutes(), room == null ? null : room.getName(),
                s.getOnlineLink(), s.getAgenda(), s.getStatus(), s.getCancelReason(), s.getOutcome(),
                s.getOutcomeNote(), s.getNextDate(), s.getMinutes(), s.getMinutesSavedAt(),
                s.getNoConflictConfirmedBy(), s.getNoConflictConfirmedAt(), s.getRemindedAt(),
                List.copyOf(s.getParticipants()), s.getSequenceNumber(), s.getCreatedBy(), s.getCreatedAt());
    }
}
