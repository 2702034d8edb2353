package org.redress.mediation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
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

    void record(MediationSession session, AuditAction action, String field, String before, String after) {
        audit.record(AuditSubject.SESSION, session.getId(), session.getCaseRef(), action, field, before, after);
        String onCase = after + " · session #" + session.getId();
        if (session.getDisputeId() != null) {
            disputes.recordOnTimeline(session.getDisputeId(), action, field, before, onCase);
        } else {
            audit.record(AuditSubject.COMPLAINT, session.getComplaintId(), session.getCaseRef(), action, field,
                    before, onCase);
        }
    }

    /** Only the session's own trail: for entries too frequent for the case's timeline. */
    void recordOnSession(MediationSession session, AuditAction action, String field, String after) {
        audit.record(AuditSubject.SESSION, session.getId(), session.getCaseRef(), action, field, null, after);
    }

    String describe(MediationSession session, Room room) {
        return WHEN.format(session.getStart().atZone(zone)) + " (" + session.durationMinutes() + " min), "
                + session.getMediator() + ", " + (room != null ? room.getName() : session.getOnlineLink());
    }
}
