package org.redress.mediation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.security.AccountDirectory;
import org.redress.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading sessions: one, a period's, a case's or a dispute's, the coming agenda, free slots and the mediators. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_WORKERS)
public class SessionQueries {

    private final MediationSessionRepository sessions;
    private final RoomRepository rooms;
    private final SessionSubjects subjects;
    private final SchedulingRules rules;
    private final AccountDirectory accounts;
    private final SessionMapper mapper;
    private final Clock clock;

    SessionQueries(MediationSessionRepository sessions, RoomRepository rooms, SessionSubjects subjects,
                   SchedulingRules rules, AccountDirectory accounts, SessionMapper mapper, Clock clock) {
        this.sessions = sessions;
        this.rooms = rooms;
        this.subjects = subjects;
        this.rules = rules;
        this.accounts = accounts;
        this.mapper = mapper;
        this.clock = clock;
    }

    public SessionDetails get(long id) {
        return details(sessions.require(id));
    }

    /** Sessions overlapping [from, to), of one mediator or (null) of all, cancelled ones included. */
    public List<SessionDetails> list(String mediator, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException(Map.of("to", Message.of("error.mediation.givePeriodFromBefore")));
        }
        if (Duration.between(from, to).toDays() > 366) {
            throw new InvalidInputException(Map.of("to", Message.of("error.mediation.askMostYearTime")));
        }
        String who = mediator == null || mediator.isBlank() ? null : mediator.trim();
        return sessions.between(who, from, to).stream().map(this::details).toList();
    }

    public List<SessionDetails> ofCase(String caseNumber) {
        SessionSubject subject = subjects.resolve(caseNumber, null);
        return sessions.findByComplaintIdOrderByStartDesc(subject.complaintId()).stream().map(this::details).toList();
    }

    public List<SessionDetails> ofDispute(long disputeId) {
        return sessions.findByDisputeIdOrderByStartDesc(disputeId).stream().map(this::details).toList();
    }

    /** The coming {@code days} of scheduled sessions, read once, with the reminders due and the unconfirmed. */
    public SessionAgenda agenda(int days) {
        Instant now = clock.instant();
        return SessionAgenda.of(sessions.scheduledBetween(now, now.plus(Duration.ofDays(days))).stream()
                .map(this::details).toList(), now, Duration.ofHours(rules.properties().reminderHours()));
    }

    /**
     * The next free slots of the given length for the mediator (and room, if given) from {@code from}, on the
     * quarter hour within working hours, keeping the buffer to every booking.
     */
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

    public List<String> mediators() {
        return accounts.activeUsernames(Set.of(Role.MEDIATOR));
    }

    private Room roomByName(String name) {
        return rooms.findByName(name.trim()).orElseThrow(() -> new NotFoundException("error.mediation.noRoom", name));
    }

    private SessionDetails details(MediationSession s) {
        return mapper.details(s);
    }
}
