package org.redress.mediation;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When sessions may take place. Working days come from the shared working calendar (Monday to Friday, public
 * holidays off, make-up days on).
 *
 * @param workStart      earliest start of a session (local time in {@code zone})
 * @param workEnd        latest end of a session
 * @param zone           the zone working hours are reckoned in
 * @param bufferMinutes  free time required between two sessions of the same mediator, room or participant
 * @param reminderHours  how long before a session its reminder is due
 */
@ConfigurationProperties(prefix = "redress.mediation")
public record MediationProperties(LocalTime workStart, LocalTime workEnd, ZoneId zone, Integer bufferMinutes,
                                  Integer reminderHours) {

    public MediationProperties {
        workStart = workStart == null ? LocalTime.of(9, 0) : workStart;
        workEnd = workEnd == null ? LocalTime.of(18, 0) : workEnd;
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        bufferMinutes = bufferMinutes == null ? 15 : bufferMinutes;
        reminderHours = reminderHours == null ? 24 : reminderHours;
    }
}
