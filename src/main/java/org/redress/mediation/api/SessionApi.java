package org.redress.mediation.api;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.mediation.Clash;
import org.redress.mediation.FreeSlot;
import org.redress.mediation.MediationProperties;
import org.redress.mediation.SchedulingConflictException;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionCalendar;
import org.redress.mediation.SessionConduct;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionOutcome;
import org.redress.mediation.SessionQueries;
import org.redress.mediation.SessionRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Mediation sessions for partner systems and calendar programs; roles are enforced by the services. */
@RestController
class SessionApi {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final SessionQueries sessions;
    private final SessionBooking booking;
    private final SessionConduct conduct;
    private final SessionCalendar calendar;
    private final MediationProperties properties;
    private final Clock clock;

    SessionApi(SessionQueries sessions, SessionBooking booking, SessionConduct conduct, SessionCalendar calendar,
               MediationProperties properties, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.booking = booking;
        this.conduct = conduct;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** The 409 answer: what clashed, each with the other session's id and times where there is one. */
    record ConflictBody(int status, String message, List<Clash> clashes) {
    }

    @ExceptionHandler(SchedulingConflictException.class)
    ResponseEntity<ConflictBody> conflict(SchedulingConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ConflictBody(409, e.getMessage(), e.clashes()));
    }

    @PostMapping("/api/v1/sessions")
    ResponseEntity<SessionDetails> schedule(@RequestBody SessionRequest request) {
        SessionDetails created = booking.schedule(request);
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + created.id())).body(created);
    }

    /** Sessions overlapping the period (default: the next 30 days); {@code from}/{@code to} as dates or instants. */
    @GetMapping("/api/v1/sessions")
    List<SessionDetails> list(@RequestParam(required = false) String mediator,
                              @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to) {
        Instant start = from == null ? clock.instant() : instant("from", from);
        Instant end = to == null ? start.plus(Duration.ofDays(30)) : instant("to", to);
        return sessions.list(mediator, start, end);
    }

    @GetMapping("/api/v1/sessions/{id}")
    SessionDetails get(@PathVariable long id) {
        return sessions.get(id);
    }

    @GetMapping("/api/v1/sessions/{id}.ics")
    ResponseEntity<String> ics(@PathVariable long id) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("session-" + id + ".ics").build().toString())
                .body(calendar.ics(id));
    }

    /** {@code reason} (optional) is kept on the case's timeline. */
    record RescheduleBody(OffsetDateTime start, Integer durationMinutes, String reason) {
    }

    @PostMapping("/api/v1/sessions/{id}/reschedule")
    SessionDetails reschedule(@PathVariable long id, @RequestBody RescheduleBody body) {
        return booking.reschedule(id, body.start(), body.durationMinutes(), body.reason());
    }

    record CancelBody(String reason) {
    }

    record OutcomeBody(SessionOutcome outcome, String note, LocalDate adjournedTo, String earlyReason) {
    }

    /** How the session ended; before its start only with {@code earlyReason} (409 otherwise). */
    @PostMapping("/api/v1/sessions/{id}/outcome")
    SessionDetails outcome(@PathVariable long id, @RequestBody OutcomeBody body) {
        return conduct.recordOutcome(id, body.outcome(), body.note(), body.adjournedTo(), body.earlyReason());
    }

    @PostMapping("/api/v1/sessions/{id}/cancel")
    SessionDetails cancel(@PathVariable long id, @RequestBody CancelBody body) {
        return booking.cancel(id, body.reason());
    }

    @GetMapping("/api/v1/sessions/free-slots")
    List<FreeSlot> freeSlots(@RequestParam String mediator, @RequestParam(required = false) String room,
                             @RequestParam(defaultValue = "60") int durationMinutes,
                             @RequestParam(required = false) String from,
                             @RequestParam(defaultValue = "5") int count) {
        Instant start = from == null ? null : instant("from", from);
        return sessions.freeSlots(mediator, room, durationMinutes, start, Math.min(Math.max(count, 1), 50));
    }

    /** A mediator's subscription feed; the token in the address is the credential (no sign-in). */
    @GetMapping("/api/v1/sessions/feeds/{mediator}.ics")
    ResponseEntity<String> feed(@PathVariable String mediator, @RequestParam(required = false) String token) {
        return calendar.feed(mediator, token)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR).body(body))
                .orElseThrow(() -> new NotFoundException("error.mediation.noSuchFeed"));
    }

    private Instant instant(String field, String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(properties.zone()).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Map.of(field, Message.of("error.mediation.useDateDateTime")));
        }
    }
}
