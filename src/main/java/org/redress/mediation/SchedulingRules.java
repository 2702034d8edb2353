package org.redress.mediation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.redress.base.Message;
import org.redress.base.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The rules a booking must keep that do not depend on other bookings (working hours, holidays), and the booking grid:
 * a session takes the five-minute cells from its start to its end plus the buffer, so two bookings of one resource
 * clash exactly when their cells overlap.
 */
@Component
class SchedulingRules {

    static final int CELL_MINUTES = 5;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final MediationProperties properties;
    private final WorkingCalendar calendar;

    SchedulingRules(MediationProperties properties, WorkingCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    Duration buffer() {
        return Duration.ofMinutes(properties.bufferMinutes());
    }

    MediationProperties properties() {
        return properties;
    }

    boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    /** Working-hours and holiday clashes of a slot, in the association's zone. */
    List<Clash> ruleClashes(Instant start, Instant end) {
        List<Clash> clashes = new ArrayList<>();
        ZonedDateTime localStart = start.atZone(properties.zone());
        ZonedDateTime localEnd = end.atZone(properties.zone());
        LocalDate day = localStart.toLocalDate();
        String hours = properties.workStart().format(HOURS) + "-" + properties.workEnd().format(HOURS);
        if (!calendar.isWorkingDay(day)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            clashes.add(new Clash(weekend ? ClashKind.WORKING_HOURS : ClashKind.HOLIDAY, null, null, null,
                    weekend ? Message.of("clash.weekend", day, day.getDayOfWeek()) : Message.of("clash.holiday", day)));
        }
        boolean sameDay = localEnd.toLocalDate().equals(day);
        if (localStart.toLocalTime().isBefore(properties.workStart()) || !sameDay
                || localEnd.toLocalTime().isAfter(properties.workEnd())) {
            clashes.add(new Clash(ClashKind.WORKING_HOURS, null, null, null,
                    Message.of("clash.workingHours", hours, properties.zone())));
        }
        return clashes;
    }

    /** The cells a booking of [start, end) takes, buffer included. */
    List<Instant> cells(Instant start, Instant end) {
        List<Instant> cells = new ArrayList<>();
        Instant until = end.plus(buffer());
        for (Instant cell = start; cell.isBefore(until); cell = cell.plus(Duration.ofMinutes(CELL_MINUTES))) {
            cells.add(cell);
        }
        return cells;
    }

    static boolean onGrid(Instant instant) {
        return instant.getEpochSecond() % (CELL_MINUTES * 60L) == 0 && instant.getNano() == 0;
    }

    static String mediatorResource(String username) {
        return "mediator:" + username;
    }

    static String roomResource(long roomId) {
        return "room:" + roomId;
    }

    /**
     * A participant is recognised by contact: phone numbers by their digits (so "138-0013 8000" and "13800138000"
     * are one person), anything else (an e-mail) in lower case. Null when there is no usable contact.
     */
    static String participantResource(String contact) {
        if (contact == null || contact.isBlank()) {
            return null;
        }
        String trimmed = contact.trim();
        if (trimmed.contains("@")) {
            return "contact:" + trimmed.toLowerCase(Locale.ROOT);
        }
        String digits = trimmed.replaceAll("\\D", "");
        if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.length() < 5 ? "contact:" + trimmed.toLowerCase(Locale.ROOT) : "phone:" + digits;
    }

    static Set<String> participantResources(List<Participant> participants) {
        Set<String> resources = new LinkedHashSet<>();
        for (Participant participant : participants) {
            String resource = participantResource(participant.contact());
            if (resource != null) {
                resources.add(resource);
            }
        }
        return resources;
    }
}
