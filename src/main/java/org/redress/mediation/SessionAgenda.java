package org.redress.mediation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What needs doing before the coming sessions: all scheduled ones of the period, those whose reminder is due (they
 * start within the reminder window and nobody has reminded the participants yet), and those with a participant who
 * has not confirmed.
 */
public record SessionAgenda(List<SessionDetails> upcoming, List<SessionDetails> remindersDue,
                            List<SessionDetails> unconfirmed) {

    /** The agenda of scheduled sessions (soonest first) as of {@code now}, reminders due {@code reminderWindow} ahead. */
    static SessionAgenda of(List<SessionDetails> scheduled, Instant now, Duration reminderWindow) {
        List<SessionDetails> upcoming = scheduled.stream().filter(s -> s.start().toInstant().isAfter(now)).toList();
        Instant reminderLimit = now.plus(reminderWindow);
        return new SessionAgenda(upcoming,
                upcoming.stream().filter(s -> s.remindedAt() == null
                        && s.start().toInstant().isBefore(reminderLimit)).toList(),
                upcoming.stream().filter(s -> !s.allConfirmed()).toList());
    }
}
