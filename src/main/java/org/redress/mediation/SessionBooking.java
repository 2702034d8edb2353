package org.redress.mediation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.redress.audit.AuditAction;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.base.TextRules;
import org.redress.complaint.CaseWorkflow;
import org.redress.dispute.DisputeService;
import org.redress.security.AccountDirectory;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduling, rescheduling and cancelling sessions. A booking is checked against every rule and every other booking
 * (with names in the refusal), and then takes its cells under a unique key, so that of two users booking the same
 * slot at the same moment exactly one succeeds.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class SessionBooking {

    private final MediationSessionRepository sessions;
    private final BookingCellRepository cells;
    private final RoomRepository rooms;
    private final SessionSubjects subjects;
    private final ClashFinder clashFinder;
    private final SchedulingRules rules;
    private final CaseWorkflow workflow;
    private final DisputeService disputes;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final SessionTimeline timeline;
    private final TransactionTemplate transaction;
    private final SessionMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionBooking(MediationSessionRepository sessions, BookingCellRepository cells, RoomRepository rooms,
                   SessionSubjects subjects, ClashFinder clashFinder, SchedulingRules rules, CaseWorkflow workflow,
                   DisputeService disputes, AccountDirectory accounts, CurrentUser currentUser,
                   SessionTimeline timeline, PlatformTransactionManager transactionManager, SessionMapper mapper,
                   ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.sessions = sessions;
        this.cells = cells;
        this.rooms = rooms;
        this.subjects = subjects;
        this.clashFinder = clashFinder;
        this.rules = rules;
        this.workflow = workflow;
        this.disputes = disputes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.timeline = timeline;
        this.transaction = new TransactionTemplate(transactionManager);
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Books a session; refused with named clashes (409) or field errors (400). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SessionDetails schedule(SessionRequest request) {
        return raceSafe(() -> transaction.execute(status -> book(request)),
                () -> transaction.execute(status -> clashFinder.bookingClashes(bookingOf(request, null))));
    }

    /** Moves a session to a new start and duration, under the same rules as a new booking. */
    public SessionDetails reschedule(long id, OffsetDateTime start, Integer durationMinutes) {
        return reschedule(id, start, durationMinutes, null);
    }

    /** As {@link #reschedule(long, OffsetDateTime, Integer)}, with the reason kept on the timeline. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SessionDetails reschedule(long id, OffsetDateTime start, Integer durationMinutes, String reason) {
        TextRules.require("reason", reason, MediationSession.NOTE_MAX, true);
        return raceSafe(() -> transaction.execute(status -> move(id, start, durationMinutes, reason)),
                () -> transaction.execute(status -> {
                    MediationSession session = sessions.require(id);
                    Instant from = start.toInstant();
                    return clashFinder.bookingClashes(new Booking(id, subjects.of(session), session.getMediator(),
                            from, from.plus(Duration.ofMinutes(durationMinutes)), room(session.getRoomId()),
                            session.getParticipants()));
                }));
    }

    public SessionDetails cancel(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", Message.of("error.mediation.sayWhySessionCancelled")));
        }
        TextRules.require("reason", reason, MediationSession.NOTE_MAX, true);
        MediationSession session = sessions.require(id);
        session.cancel(reason.trim(), clock.instant());
        cells.releaseAll(id);
        timeline.record(session, AuditAction.SESSION_CANCELLED, "status", SessionStatus.SCHEDULED,
                Message.of("audit.value.cancelled", reason.trim()));
        announce(session, SessionChanged.Change.CANCELLED);
        return mapper.details(session);
    }

    private SessionDetails book(SessionRequest request) {
        Booking booking = bookingOf(request, null);
        List<Clash> clashes = clashFinder.clashes(booking);
        if (!clashes.isEmpty()) {
            throw new SchedulingConflictException(clashes);
        }
        MediationSession session = sessions.saveAndFlush(new MediationSession(booking.subject().complaintId(),
                booking.subject().disputeId(), booking.subject().ref(), booking.mediator(), booking.start(),
                booking.end(), booking.room() == null ? null : booking.room().getId(), blankToNull(request.onlineLink()),
                blankToNull(request.agenda()), booking.participants(), currentUser.usernameOrSystem(),
                clock.instant()));
        take(session, booking);
        timeline.record(session, AuditAction.SESSION_SCHEDULED, "session", null, timeline.describe(session, booking.room()));
        String why = StoredText.encode("audit.value.sessionScheduled", session.getId());
        if (booking.subject().disputeId() != null) {
            disputes.enterMediation(booking.subject().disputeId(), why);
        } else {
            workflow.enterMediation(booking.subject().caseNumber(), why);
        }
        announce(session, SessionChanged.Change.SCHEDULED);
        return mapper.details(session);
    }

    private SessionDetails move(long id, OffsetDateTime start, Integer durationMinutes, String reason) {
        MediationSession session = sessions.require(id);
        Map<String, Message> errors = new LinkedHashMap<>();
        checkSlot(start, durationMinutes, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new BusinessRuleException("error.mediation.onlyScheduledSessionCan2", session.getStatus());
        }
        Message before = timeline.describe(session, room(session.getRoomId()));
        cells.releaseAll(id);
        Instant from = start.toInstant();
        Booking booking = new Booking(id, subjects.of(session), session.getMediator(), from,
                from.plus(Duration.ofMinutes(durationMinutes)), room(session.getRoomId()), session.getParticipants());
        List<Clash> clashes = clashFinder.clashes(booking).stream()
                .filter(c -> c.kind() != ClashKind.CONFLICT_OF_INTEREST && c.kind() != ClashKind.ROOM_CAPACITY)
                .toList();
        if (!clashes.isEmpty()) {
            throw new SchedulingConflictException(clashes);
        }
        session.reschedule(booking.start(), booking.end(), clock.instant());
        take(session, booking);
        timeline.record(session, AuditAction.SESSION_RESCHEDULED, "start", before,
                timeline.describe(session, booking.room(), reason));
        announce(session, SessionChanged.Change.RESCHEDULED);
        return mapper.details(session);
    }

    private void announce(MediationSession session, SessionChanged.Change change) {
        events.publishEvent(new SessionChanged(session.getId(), session.getComplaintId(), session.getDisputeId(),
                change));
    }

    private void take(MediationSession session, Booking booking) {
        List<BookingCell> taken = new ArrayList<>();
        for (String resource : ClashFinder.resources(booking)) {
            for (Instant cell : rules.cells(booking.start(), booking.end())) {
                taken.add(new BookingCell(session.getId(), resource, cell));
            }
        }
        cells.saveAllAndFlush(taken);
    }

    /**
     * Runs a booking; when the database's unique key refuses it because someone else took the slot a moment
     * earlier, answers with that booking named, like any other clash.
     */
    private SessionDetails raceSafe(Supplier<SessionDetails> attempt,
                                    Supplier<List<Clash>> clashesAfterRace) {
        try {
            return attempt.get();
        } catch (DataIntegrityViolationException e) {
            List<Clash> clashes = clashesAfterRace.get();
            if (clashes.isEmpty()) {
                throw new BusinessRuleException("error.mediation.someoneElseBookedOverlapping");
            }
            throw new SchedulingConflictException(clashes);
        }
    }

    private Booking bookingOf(SessionRequest request, Long sessionId) {
        Map<String, Message> errors = new LinkedHashMap<>();
        String mediator = blankToNull(request.mediator());
        if (mediator == null) {
            errors.put("mediator", Message.of("error.mediation.chooseMediator"));
        } else if (!accounts.isActiveWithAnyRole(mediator, Set.of(Role.MEDIATOR))) {
            errors.put("mediator", Message.of("error.dispute.notActiveMediator", mediator));
        }
        checkSlot(request.start(), request.durationMinutes(), errors);
        Room room = null;
        String roomName = blankToNull(request.room());
        String link = blankToNull(request.onlineLink());
        if ((roomName == null) == (link == null)) {
            errors.put("room", Message.of("error.mediation.giveEitherRoomOnline"));
        } else if (roomName != null) {
            room = rooms.findByName(roomName).filter(Room::isActive).orElse(null);
            if (room == null) {
                errors.put("room", Message.of("error.mediation.noRoomCalledRooms", roomName,
                        rooms.findAllByOrderByName()
                        .stream().filter(Room::isActive).map(Room::getName).toList()));
            }
        } else if (!link.matches("(?i)https?://\\S+") || link.length() > 500) {
            errors.put("onlineLink", Message.of("error.mediation.meetingLinkMustWeb"));
        }
        TextRules.check(errors, "agenda", request.agenda(), MediationSession.AGENDA_MAX, true);
        List<Participant> participants = participants(request.participants(), errors);
        SessionSubject subject;
        try {
            subject = subjects.resolveOpen(request.caseNumber(), request.disputeId());
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldMessages());
            subject = null;
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant start = request.start().toInstant();
        return new Booking(sessionId, subject, mediator, start, start.plus(Duration.ofMinutes(
                request.durationMinutes())), room, participants);
    }

    private Booking bookingOf(MediationSession session) {
        return new Booking(session.getId(), subjects.of(session), session.getMediator(), session.getStart(),
                session.getEnd(), room(session.getRoomId()), session.getParticipants());
    }

    private void checkSlot(OffsetDateTime start, Integer durationMinutes, Map<String, Message> errors) {
        if (start == null) {
            errors.put("start", Message.of("error.mediation.giveStartEG"));
        } else if (start.toInstant().isBefore(clock.instant())) {
            errors.put("start", Message.of("error.mediation.sessionScheduledFutureStart"));
        } else if (!SchedulingRules.onGrid(start.toInstant())) {
            errors.put("start", Message.of("error.mediation.sessionsStartFiveMinute"));
        }
        if (durationMinutes == null) {
            errors.put("durationMinutes", Message.of("error.mediation.giveDurationMinutes"));
        } else if (durationMinutes < 15 || durationMinutes > 480 || durationMinutes % SchedulingRules.CELL_MINUTES != 0) {
            errors.put("durationMinutes", Message.of("error.mediation.durationMustMinutesSteps"));
        }
    }

    private static List<Participant> participants(List<ParticipantRequest> requested, Map<String, Message> errors) {
        List<Participant> participants = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            errors.put("participants", Message.of("error.mediation.inviteLeastOneParticipant"));
            return participants;
        }
        for (int i = 0; i < requested.size(); i++) {
            ParticipantRequest p = requested.get(i);
            if (p == null || p.name() == null || p.name().isBlank()) {
                errors.put("participants[" + i + "].name", Message.of("error.mediation.nameRequired"));
            } else {
                TextRules.check(errors, "participants[" + i + "].name", p.name(), 100, false);
            }
            if (p != null && p.role() == null) {
                errors.put("participants[" + i + "].role",
                        Message.of("error.mediation.roleRequiredConsumerRepresentative"));
            }
            if (p != null) {
                TextRules.check(errors, "participants[" + i + "].contact", p.contact(), 200, false);
            }
            if (p != null && p.name() != null && !p.name().isBlank() && p.role() != null
                    && !errors.containsKey("participants[" + i + "].name")) {
                participants.add(new Participant(p.name().trim(), p.role(), blankToNull(p.contact()), false, false));
            }
        }
        return participants;
    }

    private Room room(Long id) {
        return id == null ? null : rooms.findById(id).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
