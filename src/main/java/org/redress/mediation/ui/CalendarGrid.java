package org.redress.mediation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.redress.mediation.MediationProperties;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionQueries;
import org.redress.mediation.SessionStatus;

/**
 * The calendar's grid: a column of hours and a column per day (or per mediator on one day), with working hours,
 * the free stretches of half an hour or more (keeping the buffer), and each session placed by its time.
 */
class CalendarGrid extends Div {

    private static final double PX_PER_MINUTE = 0.8;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    /** One column: its title, its day and the sessions in it. */
    record Column(String title, LocalDate day, List<SessionDetails> sessions) {
    }

    private final SessionQueries sessions;
    private final MediationProperties properties;
    private final Clock clock;
    private boolean byMediator;
    /** The hours shown: working hours in the user's zone, widened to every session of the period. */
    private int firstHour = 8;
    private int lastHour = 19;

    CalendarGrid(SessionQueries sessions, MediationProperties properties, Clock clock) {
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
        addClassName("cal-grid");
    }

    void show(List<Column> columns, boolean byMediator, ZoneId zone) {
        this.byMediator = byMediator;
        removeAll();
        LocalDate d = columns.getFirst().day();
        LocalTime open = localTime(d, properties.workStart(), zone);
        LocalTime close = localTime(d, properties.workEnd(), zone);
        int earliest = open.isBefore(close) ? open.getHour() : 0;
        int latest = open.isBefore(close) ? close.getHour() + (close.getMinute() > 0 ? 1 : 0) : 24;
        List<SessionDetails> all = columns.stream().flatMap(c -> c.sessions().stream()).toList();
        for (SessionDetails s : all) {
            earliest = Math.min(earliest, s.start().atZoneSameInstant(zone).getHour());
            LocalTime end = s.end().atZoneSameInstant(zone).toLocalTime();
            latest = Math.max(latest, end.getHour() + (end.getMinute() > 0 ? 1 : 0));
        }
        firstHour = Math.max(0, earliest - 1);
        lastHour = Math.min(24, Math.max(latest + 1, firstHour + 1));
        getStyle().set("grid-template-columns", "3.5rem repeat(" + columns.size() + ", minmax(7rem, 1fr))");
        add(timeColumn());
        columns.forEach(c -> add(column(c.title(), c.day(), c.sessions(), zone)));
        if (all.isEmpty()) {
            Div empty = new Div(getTranslation("calendar.empty"));
            empty.addClassName("cal-empty");
            add(empty);
        }
    }

    private Component timeColumn() {
        Div column = new Div();
        column.addClassName("cal-times");
        column.add(header(""));
        Div body = body();
        for (int h = firstHour; h < lastHour; h++) {
            Div label = new Div(String.format("%02d:00", h));
            label.addClassName("cal-hour");
            label.getStyle().set("top", px((h - firstHour) * 60));
            body.add(label);
        }
        column.add(body);
        return column;
    }

    private Component column(String title, LocalDate day, List<SessionDetails> daySessions, ZoneId zone) {
        Div column = new Div();
        column.addClassName("cal-col");
        column.add(header(title));
        Div body = body();
        boolean working = sessions.isWorkingDay(day);
        if (!working) {
            body.addClassName("cal-off");
            Div off = new Div(getTranslation(day.getDayOfWeek().getValue() >= 6 ? "calendar.weekend"
                    : "calendar.holiday"));
            off.addClassName("cal-off-label");
            body.add(off);
        } else {
            LocalTime open = localTime(day, properties.workStart(), zone);
            LocalTime close = localTime(day, properties.workEnd(), zone);
            Div hours = new Div();
            hours.addClassName("cal-working");
            hours.getStyle().set("top", px(minutesFromTop(open))).set("height",
                    px(Duration.between(open, close).toMinutes()));
            body.add(hours);
            freeStretches(day, daySessions, zone, open, close).forEach(body::add);
        }
        for (SessionDetails s : daySessions) {
            body.add(event(s, zone));
        }
        column.add(body);
        return column;
    }

    /** The stretches of at least half an hour in which the mediator is free, keeping the buffer to each session. */
    private List<Component> freeStretches(LocalDate day, List<SessionDetails> daySessions, ZoneId zone,
                                          LocalTime open, LocalTime close) {
        long buffer = properties.bufferMinutes();
        List<long[]> busy = daySessions.stream().filter(s -> s.status() == SessionStatus.SCHEDULED)
                .map(s -> new long[] {minutesOfDay(s.start().atZoneSameInstant(zone).toLocalTime()) - buffer,
                        minutesOfDay(s.end().atZoneSameInstant(zone).toLocalTime()) + buffer})
                .sorted((a, b) -> Long.compare(a[0], b[0])).toList();
        List<Component> free = new ArrayList<>();
        long cursor = minutesOfDay(open);
        long end = minutesOfDay(close);
        if (day.isBefore(today(zone))) {
            return free;
        }
        if (day.equals(today(zone))) {
            cursor = Math.max(cursor, minutesOfDay(LocalTime.now(clock.withZone(zone))));
        }
        for (long[] b : busy) {
            addFree(free, cursor, Math.min(b[0], end));
            cursor = Math.max(cursor, b[1]);
        }
        addFree(free, cursor, end);
        return free;
    }

    private void addFree(List<Component> free, long start, long end) {
        long from = Math.max(start, firstHour * 60L);
        long to = Math.min(end, lastHour * 60L);
        if (to - from >= 30) {
            Div slot = new Div(getTranslation("calendar.free") + " " + hm(from) + "–" + hm(to));
            slot.addClassName("cal-free");
            slot.getStyle().set("top", px(from - firstHour * 60L)).set("height", px(to - from));
            free.add(slot);
        }
    }

    private Component event(SessionDetails s, ZoneId zone) {
        LocalTime start = s.start().atZoneSameInstant(zone).toLocalTime();
        Anchor event = new Anchor("sessions/" + s.id());
        event.addClassName("cal-event");
        event.addClassName("cal-" + s.status().name().toLowerCase());
        event.getStyle().set("top", px(minutesFromTop(start)))
                .set("height", px(Math.max(s.durationMinutes(), 20)));
        Span time = new Span(HM.format(start) + "–" + HM.format(s.end().atZoneSameInstant(zone)));
        time.addClassName("cal-event-time");
        Span what = new Span(s.caseRef());
        Span where = new Span((s.room() != null ? s.room() : getTranslation("session.online"))
                + (byMediator ? "" : " · " + s.mediator()));
        where.addClassName("cal-event-where");
        event.add(time, what, where);
        event.getElement().setAttribute("title", getTranslation("SessionStatus." + s.status().name()) + " · "
                + s.caseRef() + " · " + s.mediator());
        return event;
    }

    private static Div header(String text) {
        Div header = new Div(text);
        header.addClassName("cal-head");
        return header;
    }

    private Div body() {
        Div body = new Div();
        body.addClassName("cal-body");
        body.getStyle().set("height", px((lastHour - firstHour) * 60));
        return body;
    }

    private LocalTime localTime(LocalDate day, LocalTime associationTime, ZoneId zone) {
        return day.atTime(associationTime).atZone(properties.zone()).withZoneSameInstant(zone)
                .toLocalTime();
    }

    private long minutesFromTop(LocalTime time) {
        return Math.max(0, minutesOfDay(time) - firstHour * 60L);
    }

    private static long minutesOfDay(LocalTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES).toSecondOfDay() / 60;
    }

    private static String hm(long minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    private static String px(long minutes) {
        return (minutes * PX_PER_MINUTE) + "px";
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }
}
