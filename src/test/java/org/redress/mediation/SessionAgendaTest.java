package org.redress.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sessions need a reminder and which wait for a participant's confirmation. */
class SessionAgendaTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static SessionDetails session(long id, Duration fromNow, boolean reminded, boolean allConfirmed) {
        Instant start = NOW.plus(fromNow);
        return new SessionDetails(id, 0, "RC-" + id, null, "RC-" + id, "mediator",
                start.atOffset(ZoneOffset.ofHours(8)), start.plus(Duration.ofHours(1)).atOffset(ZoneOffset.ofHours(8)),
                60, null, "https://meet.example.cn", null, SessionStatus.SCHEDULED, null, null, null, null, null, null,
                null, null, reminded ? NOW.minus(Duration.ofHours(1)) : null,
                List.of(new Participant("王芳", ParticipantRole.CONSUMER, "13800138000", true, false),
                        new Participant("商家", ParticipantRole.MERCHANT, null, allConfirmed, false)),
                0, "staff", NOW.minus(Duration.ofDays(3)));
    }

    @Test
    void remindersAreDueWithinTheWindowUntilSomeoneRemindsAndUnconfirmedOnesAreListed() {
        SessionAgenda agenda = SessionAgenda.of(List.of(
                session(1, Duration.ofHours(-1), false, false),
                session(2, Duration.ofHours(5), false, true),
                session(3, Duration.ofHours(20), true, false),
                session(4, Duration.ofHours(23).plusMinutes(59), false, true),
                session(5, Duration.ofHours(24), false, false),
                session(6, Duration.ofDays(6), false, true)), NOW, Duration.ofHours(24));

        assertThat(agenda.upcoming()).extracting(SessionDetails::id).as("a session that began is no longer upcoming")
                .containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(agenda.remindersDue()).extracting(SessionDetails::id).containsExactly(2L, 4L);
        assertThat(agenda.unconfirmed()).extracting(SessionDetails::id).containsExactly(3L, 5L);
    }
}
