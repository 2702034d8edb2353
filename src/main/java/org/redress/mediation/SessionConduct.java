package org.redress.mediation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditAction;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.NotPermittedException;
import org.redress.base.Roles;
import org.redress.base.TextRules;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a session: reminders, who confirmed and who came, the mediator's no-conflict confirmation, the minutes and
 * the outcome. Only the session's mediator (or an administrator) runs it.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class SessionConduct {

    private static final Duration MINUTES_AUDIT_INTERVAL = Duration.ofMinutes(10);

    private final MediationSessionRepository sessions;
    private final BookingCellRepository cells;
    private final RoomRepository rooms;
    private final SessionSubjects subjects;
    private final ClashFinder clashFinder;
    private final CurrentUser currentUser;
    private final SessionTimeline timeline;
    private final SessionMapper mapper;
    private final Clock clock;

    SessionConduct(MediationSessionRepository sessions, BookingCellRepository cells, RoomRepository rooms,
                   SessionSubjects subjects, ClashFinder clashFinder, CurrentUser currentUser,
                   SessionTimeline timeline, SessionMapper mapper, Clock clock) {
        this.sessions = sessions;
        this.cells = cells;
        this.rooms = rooms;
        this.subjects = subjects;
        this.clashFinder = clashFinder;
        this.currentUser = currentUser;
        this.timeline = timeline;
        this.mapper = mapper;
        this.clock = clock;
    }

    public SessionDetails markReminded(long id) {
        MediationSession session = sessions.require(id);
        session.markReminded(clock.instant());
        timeline.record(session, AuditAction.SESSION_REMINDED, "reminder", null,
                Message.of("audit.value.reminded"));
        return mapper.details(session);
    }

    public SessionDetails setConfirmed(long id, int participant, boolean confirmed) {
        MediationSession session = sessions.require(id);
        Participant p = participant(session, participant);
        session.setParticipant(participant, p.withConfirmed(confirmed), clock.instant());
        timeline.record(session, AuditAction.PARTICIPANT_CONFIRMED, "confirmed", yesNo(p.name(), p.confirmed()),
                yesNo(p.name(), confirmed));
        return mapper.details(session);
    }

    public SessionDetails setAttended(long id, int participant, boolean attended) {
        MediationSession session = sessions.require(id);
        checkRunsSession(session);
        Participant p = participant(session, participant);
        session.setParticipant(participant, p.withAttended(attended), clock.instant());
        timeline.record(session, AuditAction.PARTICIPANT_ATTENDED, "attended", yesNo(p.name(), p.attended()),
                yesNo(p.name(), attended));
        return mapper.details(session);
    }

    /** The mediator confirms they have no conflict of interest; refused when a declared tie says otherwise. */
    public SessionDetails confirmNoConflict(long id) {
        MediationSession session = sessions.require(id);
        checkRunsSession(session);
        List<Clash> ties = clashFinder.clashes(bookingOf(session)).stream()
                .filter(c -> c.kind() == ClashKind.CONFLICT_OF_INTEREST).toList();
        if (!ties.isEmpty()) {
            throw new SchedulingConflictException(ties);
        }
        session.confirmNoConflict(currentUser.usernameOrSystem(), clock.instant());
        timeline.record(session, AuditAction.NO_CONFLICT_CONFIRMED, "noConflict", null, currentUser.usernameOrSystem());
        return mapper.details(session);
    }

    /**
     * Saves the minutes as the mediator types. The text is saved every time; the audit trail notes it at most every
     * ten minutes so the timeline is not flooded by keystrokes.
     */
    public Instant saveMinutes(long id, String text) {
        MediationSession session = sessions.require(id);
        checkRunsSession(session);
        TextRules.require("minutes", text, MediationSession.MINUTES_MAX, true);
        Instant last = session.getMinutesSavedAt();
        Instant now = clock.instant();
        session.saveMinutes(text, now);
        if (last == null || Duration.between(last, now).compareTo(MINUTES_AUDIT_INTERVAL) >= 0) {
            timeline.recordOnSession(session, AuditAction.MINUTES_SAVED, "minutes",
                    Message.of("audit.value.characters", text == null ? 0 : text.length()));
        }
        return now;
    }

    public SessionDetails recordOutcome(long id, SessionOutcome outcome, String note, LocalDate nextDate) {
        return recordOutcome(id, outcome, note, nextDate, null);
    }

    /**
     * Records how the session ended. Before the session's start this is refused (409, naming the start) unless
     * {@code earlyReason} says why it is recorded early; that reason stays on the timeline.
     */
    public SessionDetails recordOutcome(long id, SessionOutcome outcome, String note, LocalDate nextDate,
                                        String earlyReason) {
        TextRules.require("note", note, MediationSession.NOTE_MAX, true);
        TextRules.require("earlyReason", earlyReason, MediationSession.NOTE_MAX, true);
        MediationSession session = sessions.require(id);
        checkRunsSession(session);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (outcome == null) {
            errors.put("outcome", Message.of("error.mediation.chooseOutcome"));
        } else if (outcome == SessionOutcome.ADJOURNED && nextDate == null) {
            errors.put("nextDate", Message.of("error.mediation.adjournedSessionNeedsDate"));
        } else if (outcome == SessionOutcome.ADJOURNED && !nextDate.isAfter(LocalDate.now(clock))) {
            errors.put("nextDate", Message.of("error.mediation.nextDateMustLie"));
        } else if (outcome == SessionOutcome.NO_SHOW && (note == null || note.isBlank())) {
            errors.put("outcomeNote", Message.of("error.mediation.sayWhichPartyDid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (session.getNoConflictConfirmedAt() == null) {
            throw new BusinessRuleException("error.mediation.confirmYouHaveNo");
        }
        boolean early = clock.instant().isBefore(session.getStart());
        if (early && (earlyReason == null || earlyReason.isBlank())) {
            throw new BusinessRuleException("error.mediation.outcomeBeforeStart",
                    timeline.when(session.getStart()));
        }
        SessionOutcome before = session.getOutcome();
        session.recordOutcome(outcome, note == null || note.isBlank() ? null : note.trim(),
                outcome == SessionOutcome.ADJOURNED ? nextDate : null, clock.instant());
        cells.releaseAll(id);
        boolean noted = note != null && !note.isBlank();
        Message recorded = outcome == SessionOutcome.ADJOURNED
                ? Message.of(noted ? "audit.value.adjournedWithNote" : "audit.value.adjourned", nextDate,
                        noted ? note.trim() : "")
                : Message.of(noted ? "audit.value.outcomeWithNote" : "audit.value.outcome", outcome,
                        noted ? note.trim() : "");
        timeline.record(session, AuditAction.SESSION_OUTCOME, "outcome", before, early
                ? Message.of("audit.value.recordedEarly", recorded, earlyReason.trim()) : recorded);
        return mapper.details(session);
    }

    private void checkRunsSession(MediationSession session) {
        if (!currentUser.hasRole(Role.ADMIN) && !currentUser.usernameOrSystem().equals(session.getMediator())) {
            throw new NotPermittedException("denied.runsSession", session.getMediator());
        }
    }

    private static Participant participant(MediationSession session, int index) {
        if (index < 0 || index >= session.getParticipants().size()) {
            throw new NotFoundException("error.mediation.noParticipantSession", index, session.getId());
        }
        return session.getParticipants().get(index);
    }

    private Booking bookingOf(MediationSession session) {
        Room room = session.getRoomId() == null ? null : rooms.findById(session.getRoomId()).orElse(null);
        return new Booking(session.getId(), subjects.of(session), session.getMediator(), session.getStart(),
                session.getEnd(), room, session.getParticipants());
    }

    private static Message yesNo(String name, boolean value) {
        return Message.of("audit.value.participant", name, Message.of(value ? "common.yes" : "common.no"));
    }
}
