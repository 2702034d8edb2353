package org.redress.mediation;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.redress.base.Roles;
import org.redress.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions as iCalendar (RFC 5545): one file per session (METHOD:REQUEST, or METHOD:CANCEL with STATUS:CANCELLED
 * once cancelled) and a feed per mediator that calendar programs subscribe to with a secret token in the address.
 * The UID stays the same through reschedules and cancellation; SEQUENCE rises with each change.
 */
@Service
@Transactional
public class SessionCalendar {

    private static final String PRODUCT = "-//Redress//Mediation sessions//ZH";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionQueries sessionService;
    private final MediationSessionRepository sessions;
    private final CalendarFeedRepository feeds;
    private final CurrentUser currentUser;
    private final SessionMapper mapper;
    private final Clock clock;

    SessionCalendar(SessionQueries sessionService, MediationSessionRepository sessions, CalendarFeedRepository feeds,
                    CurrentUser currentUser, SessionMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.sessionService = sessionService;
        this.sessions = sessions;
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.CASE_WORKERS)
    public String ics(long sessionId) {
        SessionDetails session = sessionService.get(sessionId);
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        return write(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, List.of(withParties(session)));
    }

    /**
     * What a consumer is sent about a session: when and where, and a calendar file that names no other party (a
     * class dispute's session concerns hundreds of consumers, who must not learn each other's names).
     */
    @Transactional(readOnly = true)
    public SessionInvitation invitation(long sessionId) {
        SessionDetails s = sessionService.get(sessionId);
        boolean cancelled = s.status() == SessionStatus.CANCELLED;
        return new SessionInvitation(s.caseRef(), s.start(), s.end(), s.room() != null ? s.room() : s.onlineLink(),
                write(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, List.of(event(s))));
    }

    /** The signed-in mediator's feed token, created on first use. */
    @PreAuthorize(Roles.MEDIATORS)
    public String feedToken() {
        String me = currentUser.usernameOrSystem();
        return feeds.findById(me).map(CalendarFeed::getToken)
                .orElseGet(() -> feeds.save(new CalendarFeed(me, newToken(), clock.instant())).getToken());
    }

    /** Replaces the token, so that an address that leaked stops working. */
    @PreAuthorize(Roles.MEDIATORS)
    public String renewFeedToken() {
        String me = currentUser.usernameOrSystem();
        CalendarFeed feed = feeds.findById(me).orElseGet(() -> new CalendarFeed(me, newToken(), clock.instant()));
        feed.replace(newToken(), clock.instant());
        return feeds.save(feed).getToken();
    }

    /**
     * The feed for the mediator whose token this is: sessions from 90 days back to a year ahead, cancelled ones
     * included with STATUS:CANCELLED. Empty when the token is unknown. Called without a signed-in user: the token
     * is the credential.
     */
    @Transactional(readOnly = true)
    public Optional<String> feed(String mediator, String token) {
        if (token == null || mediator == null) {
            return Optional.empty();
        }
        Optional<CalendarFeed> feed = feeds.findById(mediator).filter(f -> MessageDigest.isEqual(
                f.getToken().getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII)));
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<SessionDetails> mine = sessions.between(mediator, now.minus(Duration.ofDays(90)),
                now.plus(Duration.ofDays(366))).stream().map(mapper::details).toList();
        return Optional.of(write(ImmutableMethod.PUBLISH, mine.stream().map(this::withParties).toList()));
    }

    private String write(Method method, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the calendar", e);
        }
        return out.toString();
    }

    /** The session's time, place and state: what anyone invited may see. */
    private VEvent event(SessionDetails s) {
        VEvent event = new VEvent(s.start().toInstant(), s.end().toInstant(), "调解 Mediation " + s.caseRef());
        event.add(new Uid("session-" + s.id() + "@redress"));
        event.add(new DtStamp(clock.instant()));
        event.add(new Sequence(s.sequence()));
        event.add(s.status() == SessionStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Location(s.room() != null ? s.room() : s.onlineLink()));
        if (s.onlineLink() != null) {
            event.add(new Url(URI.create(s.onlineLink())));
        }
        return event;
    }

    /** For the mediator's and staff's calendars: the event with mediator, agenda and parties. */
    private VEvent withParties(SessionDetails s) {
        VEvent event = event(s);
        StringBuilder description = new StringBuilder("Mediator: ").append(s.mediator());
        if (s.agenda() != null) {
            description.append("\n").append(s.agenda());
        }
        s.participants().forEach(p -> description.append("\n").append(p.role()).append(": ").append(p.name()));
        if (s.cancelReason() != null) {
            description.append("\nCancelled: ").append(s.cancelReason());
        }
        event.add(new Description(description.toString()));
        return event;
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
