package org.redress.mediation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.NotFoundException;
import org.redress.base.TextRules;
import org.redress.complaint.CaseWorkflow;
import org.redress.dispute.DisputeService;
import org.redress.security.AccountDirectory;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.redress.base.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduling, rescheduling, cancelling and running mediation sessions. A booking is checked against every rule and
 * every other booking (with names in the refusal), and then takes its cells under a unique key, so that of two
 * users booking the same slot at the same moment exactly one succeeds. Every change is audited on the session and on
 * the case's (or dispute's) timeline.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class SessionService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Duration MINUTES_AUDIT_INTERVAL = Duration.ofMinutes(10);

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
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final SessionMapper mapper;
    private final Clock clock;

    SessionService(MediationSessionRepository sessions, BookingCellRepository cells, RoomRepository rooms,
                   SessionSubjects subjects, ClashFinder clashFinder, SchedulingRules rules, CaseWorkflow workflow,
                   DisputeService disputes, AccountDirectory accounts, CurrentUser currentUser, AuditService audit,
                   PlatformTransactionManager transactionManager, SessionMapper mapper, Clock clock) {
        this.mapper = mapper;
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
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
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
                    MediationSession session = load(id);
                    Instant from = start.toInstant();
                    return clashFinder.bookingClashes(new Booking(id, subjects.of(session), session.getMediator(),
                            from, from.plus(Duration.ofMinutes(durationMinutes)), room(session.getRoomId()),
                            session.getParticipants()));
                }));
    }

    public SessionDetails cancel(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "Say why the session is cancelled"));
        }
        TextRules.require("reason", reason, MediationSession.NOTE_MAX, true);
        MediationSession session = load(id);
        session.cancel(reason.trim(), clock.instant());
        cells.releaseAll(id);
        record(session, AuditAction.SESSION_CANCELLED, "status", SessionStatus.SCHEDULED.name(),
                SessionStatus.CANCELLED + ": " + reason.trim());
        return details(session);
    }

    @Transactional(readOnly = true)
    public SessionDetails get(long id) {
        return details(load(id));
    }

    /** Sessions overlapping [from, to), of one mediator or (null) of all, cancelled ones included. */
    @Transactional(readOnly = true)
    public List<SessionDetails> list(String mediator, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException(Map.of("to", "Give a period: from before to"));
        }
        if (Duration.between(from, to).toDays() > 366) {
            throw new InvalidInputException(Map.of("to", "Ask for at most a year at a time"));
        }
        String who = mediator == null || mediator.isBlank() ? null : mediator.trim();
        return sessions.between(who, from, to).stream().map(this::details).toList();
    }

    @Transactional(readOnly = true)
    public List<SessionDetails> ofCase(String caseNumber) {
        SessionSubject subject = subjects.resolve(caseNumber, null);
        return sessions.findByComplaintIdOrderByStartDesc(subject.complaintId()).stream().map(this::details).toList();
    }

    @Transactional(readOnly = true)
    public List<SessionDetails> ofDispute(long disputeId) {
        return sessions.findByDisputeIdOrderByStartDesc(disputeId).stream().map(this::details).toList();
    }

    /** The coming {@code days} of scheduled sessions, read once, with the reminders due and the unconfirmed. */
    @Transactional(readOnly = true)
    public SessionAgenda agenda(int days) {
        Instant now = clock.instant();
        return SessionAgenda.of(sessions.scheduledBetween(now, now.plus(Duration.ofDays(days))).stream()
                .map(this::details).toList(), now, Duration.ofHours(rules.properties().reminderHours()));
    }

    public SessionDetails markReminded(long id) {
        MediationSession session = load(id);
        session.markReminded(clock.instant());
        record(session, AuditAction.SESSION_REMINDED, "reminder", null, "participants reminded");
        return details(session);
    }

    public SessionDetails setConfirmed(long id, int participant, boolean confirmed) {
        MediationSession session = load(id);
        Participant p = participant(session, participant);
        session.setParticipant(participant, p.withConfirmed(confirmed), clock.instant());
        record(session, AuditAction.PARTICIPANT_CONFIRMED, "confirmed", p.name() + ": " + p.confirmed(),
                p.name() + ": " + confirmed);
        return details(session);
    }

    public SessionDetails setAttended(long id, int participant, boolean attended) {
        MediationSession session = load(id);
        checkRunsSession(session);
        Participant p = participant(session, participant);
        session.setParticipant(participant, p.withAttended(attended), clock.instant());
        record(session, AuditAction.PARTICIPANT_ATTENDED, "attended", p.name() + ": " + p.attended(),
                p.name() + ": " + attended);
        return details(session);
    }

    /** The mediator confirms they have no conflict of interest; refused when a declared tie says otherwise. */
    public SessionDetails confirmNoConflict(long id) {
        MediationSession session = load(id);
        checkRunsSession(session);
        List<Clash> ties = clashFinder.clashes(bookingOf(session)).stream()
                .filter(c -> c.kind() == ClashKind.CONFLICT_OF_INTEREST).toList();
        if (!ties.isEmpty()) {
            throw new SchedulingConflictException(ties);
        }
        session.confirmNoConflict(currentUser.usernameOrSystem(), clock.instant());
        record(session, AuditAction.NO_CONFLICT_CONFIRMED, "noConflict", null, currentUser.usernameOrSystem());
        return details(session);
    }

    /**
     * Saves the minutes as the mediator types. The text is saved every time; the audit trail notes it at most every
     * ten minutes so the timeline is not flooded by keystrokes.
     */
    public Instant saveMinutes(long id, String text) {
        MediationSession session = load(id);
        checkRunsSession(session);
        TextRules.require("minutes", text, MediationSession.MINUTES_MAX, true);
        Instant last = session.getMinutesSavedAt();
        Instant now = clock.instant();
        session.saveMinutes(text, now);
        if (last == null || Duration.between(last, now).compareTo(MINUTES_AUDIT_INTERVAL) >= 0) {
            audit.record(AuditSubject.SESSION, session.getId(), session.getCaseRef(), AuditAction.MINUTES_SAVED, "minutes",
                    null, (text == null ? 0 : text.length()) + " characters");
        }
        return now;
    }

    public SessionDetails recordOutcome(long id, SessionOutcome outcome, String note, LocalDate nextDate) {
        TextRules.require("note", note, MediationSession.NOTE_MAX, true);
        MediationSession session = load(id);
        checkRunsSession(session);
        Map<String, String> errors = new LinkedHashMap<>();
        if (outcome == null) {
            errors.put("outcome", "Choose the outcome");
        } else if (outcome == SessionOutcome.ADJOURNED && nextDate == null) {
            errors.put("nextDate", "An adjourned session needs the date it continues on");
        } else if (outcome == SessionOutcome.ADJOURNED && !nextDate.isAfter(LocalDate.now(clock))) {
            errors.put("nextDate", "The next date must lie in the future");
        } else if (outcome == SessionOutcome.NO_SHOW && (note == null || note.isBlank())) {
            errors.put("outcomeNote", "Say which party did not come");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (session.getNoConflictConfirmedAt() == null) {
            throw new BusinessRuleException("Confirm that you have no conflict of interest before recording the"
                    + " outcome");
        }
        SessionOutcome before = session.getOutcome();
        session.recordOutcome(outcome, note == null || note.isBlank() ? null : note.trim(),
                outcome == SessionOutcome.ADJOURNED ? nextDate : null, clock.instant());
        cells.releaseAll(id);
        record(session, AuditAction.SESSION_OUTCOME, "outcome", before == null ? null : before.name(),
                outcome + (note == null || note.isBlank() ? "" : ": " + note.trim())
                        + (outcome == SessionOutcome.ADJOURNED ? ", continues " + nextDate : ""));
        return details(session);
    }

    /**
     * The next free slots of the given length for the mediator (and room, if given) from {@code from}, on the
     * quarter hour within working hours, keeping the buffer to every booking.
     */
    @Transactional(readOnly = true)
    public List<FreeSlot> freeSlots(String mediator, String roomName, int durationMinutes, Instant after, int count) {
        // Without a start the search begins now, by the portal's clock.
        Instant from = after == null ? clock.instant() : after;
        Room room = roomName == null || roomName.isBlank() ? null : roomByName(roomName);
        ZoneId zone = rules.properties().zone();
        Instant horizon = from.plus(Duration.ofDays(60));
        List<MediationSession> busy = new ArrayList<>(sessions.scheduledOfMediator(mediator,
                from.minus(Duration.ofDays(1)), horizon));
        if (room != null) {
            busy.addAll(sessions.scheduledInRoom(room.getId(), from.minus(Duration.ofDays(1)), horizon));
        }
        busy.sort(Comparator.comparing(MediationSession::getStart));
        Duration buffer = rules.buffer();
        Duration length = Duration.ofMinutes(durationMinutes);
        List<FreeSlot> free = new ArrayList<>();
        for (LocalDate day = from.atZone(zone).toLocalDate(); free.size() < count
                && day.atStartOfDay(zone).toInstant().isBefore(horizon); day = day.plusDays(1)) {
            if (!rules.isWorkingDay(day)) {
                continue;
            }
            Instant latestEnd = day.atTime(rules.properties().workEnd()).atZone(zone).toInstant();
            for (Instant start = day.atTime(rules.properties().workStart()).atZone(zone).toInstant();
                 !start.plus(length).isAfter(latestEnd) && free.size() < count;
                 start = start.plus(Duration.ofMinutes(15))) {
                Instant s = start;
                Instant e = start.plus(length);
                boolean clash = s.isBefore(from) || busy.stream().anyMatch(b ->
                        s.isBefore(b.getEnd().plus(buffer)) && b.getStart().isBefore(e.plus(buffer)));
                if (!clash) {
                    free.add(new FreeSlot(s.atZone(zone).toOffsetDateTime(), e.atZone(zone).toOffsetDateTime()));
                }
            }
        }
        return free;
    }

    /** Whether sessions may be held on this day (working days of the shared calendar). */
    public boolean isWorkingDay(LocalDate day) {
        return rules.isWorkingDay(day);
    }

    @Transactional(readOnly = true)
    public List<String> mediators() {
        return accounts.activeUsernames(Set.of(Role.MEDIATOR));
    }

    // ---- booking

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
        record(session, AuditAction.SESSION_SCHEDULED, "session", null, describe(session, booking.room()));
        String why = "session #" + session.getId() + " scheduled";
        if (booking.subject().disputeId() != null) {
            disputes.enterMediation(booking.subject().disputeId(), why);
        } else {
            workflow.enterMediation(booking.subject().caseNumber(), why);
        }
        return details(session);
    }

    private SessionDetails move(long id, OffsetDateTime start, Integer durationMinutes, String reason) {
        MediationSession session = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        checkSlot(start, durationMinutes, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new BusinessRuleException("Only a scheduled session can be rescheduled; this one is "
                    + session.getStatus());
        }
        String before = describe(session, room(session.getRoomId()));
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
        record(session, AuditAction.SESSION_RESCHEDULED, "start", before, describe(session, booking.room())
                + (reason == null || reason.isBlank() ? "" : " (" + reason.trim() + ")"));
        return details(session);
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
                throw new BusinessRuleException("Someone else booked an overlapping slot at the same moment."
                        + " Reload and try again.");
            }
            throw new SchedulingConflictException(clashes);
        }
    }

    private Booking bookingOf(SessionRequest request, Long sessionId) {
        Map<String, String> errors = new LinkedHashMap<>();
        String mediator = blankToNull(request.mediator());
        if (mediator == null) {
            errors.put("mediator", "Choose the mediator");
        } else if (!accounts.isActiveWithAnyRole(mediator, Set.of(Role.MEDIATOR))) {
            errors.put("mediator", mediator + " is not an active mediator");
        }
        checkSlot(request.start(), request.durationMinutes(), errors);
        Room room = null;
        String roomName = blankToNull(request.room());
        String link = blankToNull(request.onlineLink());
        if ((roomName == null) == (link == null)) {
            errors.put("room", "Give either a room or an online meeting link");
        } else if (roomName != null) {
            room = rooms.findByName(roomName).filter(Room::isActive).orElse(null);
            if (room == null) {
                errors.put("room", "No room called " + roomName + "; rooms are " + rooms.findAllByOrderByName()
                        .stream().filter(Room::isActive).map(Room::getName).toList());
            }
        } else if (!link.matches("(?i)https?://\\S+") || link.length() > 500) {
            errors.put("onlineLink", "The meeting link must be a web address (https://...)");
        }
        TextRules.check(errors, "agenda", request.agenda(), MediationSession.AGENDA_MAX, true);
        List<Participant> participants = participants(request.participants(), errors);
        SessionSubject subject;
        try {
            subject = subjects.resolveOpen(request.caseNumber(), request.disputeId());
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
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

    private void checkSlot(OffsetDateTime start, Integer durationMinutes, Map<String, String> errors) {
        if (start == null) {
            errors.put("start", "Give the start, e.g. 2026-12-01T10:00:00+08:00");
        } else if (start.toInstant().isBefore(clock.instant())) {
            errors.put("start", "A session is scheduled in the future; this start has passed");
        } else if (!SchedulingRules.onGrid(start.toInstant())) {
            errors.put("start", "Sessions start on a five-minute mark (10:00, 10:05, ...)");
        }
        if (durationMinutes == null) {
            errors.put("durationMinutes", "Give the duration in minutes");
        } else if (durationMinutes < 15 || durationMinutes > 480 || durationMinutes % SchedulingRules.CELL_MINUTES != 0) {
            errors.put("durationMinutes", "The duration must be 15 to 480 minutes, in steps of five");
        }
    }

    private static List<Participant> participants(List<ParticipantRequest> requested, Map<String, String> errors) {
        List<Participant> participants = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            errors.put("participants", "Invite at least one participant");
            return participants;
        }
        for (int i = 0; i < requested.size(); i++) {
            ParticipantRequest p = requested.get(i);
            if (p == null || p.name() == null || p.name().isBlank()) {
                errors.put("participants[" + i + "].name", "Name is required");
            } else {
                TextRules.check(errors, "participants[" + i + "].name", p.name(), 100, false);
            }
            if (p != null && p.role() == null) {
                errors.put("participants[" + i + "].role",
                        "Role is required: CONSUMER, REPRESENTATIVE, MERCHANT, PLATFORM or OTHER");
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

    private void checkRunsSession(MediationSession session) {
        if (!currentUser.hasRole(Role.ADMIN) && !currentUser.usernameOrSystem().equals(session.getMediator())) {
            throw new AccessDeniedException("Only the session's mediator (" + session.getMediator()
                    + ") or an administrator runs the session");
        }
    }

    private static Participant participant(MediationSession session, int index) {
        if (index < 0 || index >= session.getParticipants().size()) {
            throw new NotFoundException("No participant " + index + " in session " + session.getId());
        }
        return session.getParticipants().get(index);
    }

    private void record(MediationSession session, AuditAction action, String field, String before, String after) {
        audit.record(AuditSubject.SESSION, session.getId(), session.getCaseRef(), action, field, before, after);
        String onCase = after + " · session #" + session.getId();
        if (session.getDisputeId() != null) {
            disputes.recordOnTimeline(session.getDisputeId(), action, field, before, onCase);
        } else {
            audit.record(AuditSubject.COMPLAINT, session.getComplaintId(), session.getCaseRef(), action, field,
                    before, onCase);
        }
    }

    private String describe(MediationSession session, Room room) {
        ZoneId zone = rules.properties().zone();
        return WHEN.format(session.getStart().atZone(zone)) + " (" + session.durationMinutes() + " min), "
                + session.getMediator() + ", " + (room != null ? room.getName() : session.getOnlineLink());
    }

    private MediationSession load(long id) {
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("No session " + id));
    }

    private Room room(Long id) {
        return id == null ? null : rooms.findById(id).orElse(null);
    }

    private Room roomByName(String name) {
        return rooms.findByName(name.trim()).orElseThrow(() -> new NotFoundException("No room " + name));
    }

    private SessionDetails details(MediationSession s) {
        return mapper.details(s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
