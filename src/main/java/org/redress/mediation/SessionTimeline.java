package org.redress.mediation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.Message;
import org.redress.base.StoredText;
import org.redress.dispute.DisputeService;
import org.springframework.stereotype.Component;

/** Writes a session's changes on its own trail and on the timeline of the case or dispute it is about. */
@Component
class SessionTimeline {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AuditService audit;
    private final DisputeService disputes;
    private final ZoneId zone;

    SessionTimeline(AuditService audit, DisputeService disputes, MediationProperties properties) {
        this.audit = audit;
        this.disputes = disputes;
        this.zone = properties.zone();
    }

    /** Values are messages (rendered in the reader's language), constants or plain text. */
    void record(MediationSession session, AuditAction action, String field, Object beforeValue, Object afterValue) {
        String before = StoredText.of(beforeValue);
        String after = StoredText.of(afterValue);
        audit.record(AuditSubject.SESSION, session.getId(), session.getCaseRef(), action, field, before, after);
        String onCase = StoredText.of(Message.of("audit.value.onSession", session.getId(),
                afterValue instanceof Message m ? m : Message.of("text.verbatim", after == null ? "—" : after)));
        if (session.getDisputeId() != null) {
            disputes.recordOnTimeline(session.getDisputeId(), action, field, before, onCase);
        } else {
            audit.record(AuditSubject.COMPLAINT, session.getComplaintId(), session.getCaseRef(), action, field,
                    before, onCase);
        }
    }

    /** Only the session's own trail: for entries too frequent for the case's timeline. */
    void recordOnSession(MediationSession session, AuditAction action, String field, Message after) {
        audit.record(AuditSubject.SESSION, session.getId(), session.getCaseRef(), action, field, null,
                StoredText.of(after));
    }

    /** A moment as the portal writes it, in the organisation's time zone. */
    String when(Instant instant) {
        return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    Message describe(MediationSession session, Room room) {
        return describe(session, room, null);
    }

    /** When, how long, who and where; with the reason for a change when one was given. */
    Message describe(MediationSession session, Room room, String reason) {
        boolean because = reason != null && !reason.isBlank();
        return Message.of(because ? "audit.value.sessionBecause" : "audit.value.session",
                WHEN.format(session.getStart().atZone(zone)), session.durationMinutes(), session.getMediator(),
                room != null ? room.getName() : session.getOnlineLink(), because ? reason.trim() : "");
    }
}
