package org.redress.mediation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.base.Roles;
import org.redress.base.ui.UserZone;
import org.redress.mediation.MediationProperties;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionQueries;
import org.redress.mediation.SessionStatus;
import org.redress.security.CurrentUser;
import org.redress.security.Role;

/**
 * The mediators' calendar, built from plain layouts: a mediator's week or day, or all mediators side by side for one
 * day (for coordinators). Working hours are lit, free stretches of a mediator's day are marked, sessions link to
 * their page. The chosen mediator, mode and date are kept in the address.
 */
@Menu(order = 7, title = "nav.calendar", icon = "vaadin:calendar")
@Route("calendar")
@PageTitle("Calendar · Redress")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    static final String ALL = "*";
    private static final double PX_PER_MINUTE = 0.8;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE M/d");

    final Select<String> mediator = new Select<>();
    final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    final DatePicker date = new DatePicker();
    final Span range = new Span();
    final Div grid = new Div();

    private final SessionQueries sessions;
    private final MediationProperties properties;
    private final CurrentUser currentUser;
    private final List<String> mediators;
    private boolean navigating;
    /** The hours shown: working hours in the user's zone, widened to every session of the period. */
    private int firstHour = 8;
    private int lastHour = 19;

    public CalendarView(SessionQueries sessions, MediationProperties properties, CurrentUser currentUser) {
        this.sessions = sessions;
        this.properties = properties;
        this.currentUser = currentUser;
        addClassName("calendar-view");
        this.mediators = sessions.mediators();

        List<String> choices = new ArrayList<>();
        boolean coordinator = currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
        if (coordinator) {
            choices.add(ALL);
        }
        choices.addAll(mediators);
        mediator.setLabel(getTranslation("session.mediator"));
        mediator.setItems(choices);
        mediator.setItemLabelGenerator(m -> ALL.equals(m) ? getTranslation("calendar.allMediators") : m);
        mode.setItems("week", "day");
        mode.setItemLabelGenerator(m -> getTranslation("calendar." + m));
        date.setLabel(getTranslation("calendar.date"));
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> shift(-1));
        previous.setAriaLabel(getTranslation("calendar.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> shift(1));
        next.setAriaLabel(getTranslation("calendar.next"));
        Button today = new Button(getTranslation("calendar.today"), e -> date.setValue(today()));
        for (Button b : List.of(previous, next, today)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        mediator.addValueChangeListener(e -> {
            if (ALL.equals(e.getValue())) {
                mode.setValue("day");
            }
            mode.setEnabled(!ALL.equals(e.getValue()));
            changed();
        });
        mode.addValueChangeListener(e -> changed());
        date.addValueChangeListener(e -> changed());
        HorizontalLayout toolbar = new HorizontalLayout(mediator, mode, date, previous, today, next, range);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setWrap(true);
        grid.addClassName("cal-grid");
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("nav.calendar")),
                new Anchor("sessions", getTranslation("nav.sessions")));
        heading.setAlignItems(Alignment.BASELINE);
        add(heading, toolbar, legend(), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        navigating = true;
        try {
            String me = currentUser.username().orElse("");
            String wanted = first(params, "mediator");
            String fallback = currentUser.hasRole(Role.MEDIATOR) && mediators.contains(me) ? me
                    : (currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN)) ? ALL
                    : mediators.stream().findFirst().orElse(ALL);
            mediator.setValue(wanted != null && mediatorChoices().contains(wanted) ? wanted : fallback);
            String m = first(params, "mode");
            mode.setValue(ALL.equals(mediator.getValue()) ? "day" : "day".equals(m) ? "day" : "week");
            mode.setEnabled(!ALL.equals(mediator.getValue()));
            LocalDate day;
            try {
                day = first(params, "date") == null ? today() : LocalDate.parse(first(params, "date"));
            } catch (DateTimeParseException e) {
                day = today();
            }
            date.setValue(day);
        } finally {
            navigating = false;
        }
        render();
    }

    private List<String> mediatorChoices() {
        return mediator.getListDataView().getItems().toList();
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private void changed() {
        if (navigating || mediator.getValue() == null || date.getValue() == null || mode.getValue() == null) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("mediator", mediator.getValue());
        params.put("mode", mode.getValue());
        params.put("date", date.getValue().toString());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "calendar?" + QueryParameters.simple(params).getQueryString()));
        render();
    }

    private void shift(int direction) {
        int days = "week".equals(mode.getValue()) ? 7 : 1;
        LocalDate d = date.getValue() == null ? today() : date.getValue();
        date.setValue(d.plusDays((long) direction * days));
    }

    void render() {
        grid.removeAll();
        ZoneId zone = UserZone.current(properties.zone());
        LocalDate d = date.getValue() == null ? today() : date.getValue();
        boolean all = ALL.equals(mediator.getValue());
        List<LocalDate> days = new ArrayList<>();
        if ("week".equals(mode.getValue()) && !all) {
            LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (int i = 0; i < 7; i++) {
                days.add(monday.plusDays(i));
            }
        } else {
            days.add(d);
        }
        Instant from = days.getFirst().atStartOfDay(zone).toInstant();
        Instant to = days.getLast().plusDays(1).atStartOfDay(zone).toInstant();
        List<SessionDetails> list = sessions.list(all ? null : mediator.getValue(), from, to);
        LocalTime open = localTime(d, properties.workStart(), zone);
        LocalTime close = localTime(d, properties.workEnd(), zone);
        int earliest = open.isBefore(close) ? open.getHour() : 0;
        int latest = open.isBefore(close) ? close.getHour() + (close.getMinute() > 0 ? 1 : 0) : 24;
        for (SessionDetails s : list) {
            earliest = Math.min(earliest, s.start().atZoneSameInstant(zone).getHour());
            LocalTime end = s.end().atZoneSameInstant(zone).toLocalTime();
            latest = Math.max(latest, end.getHour() + (end.getMinute() > 0 ? 1 : 0));
        }
        firstHour = Math.max(0, earliest - 1);
        lastHour = Math.min(24, Math.max(latest + 1, firstHour + 1));
        range.setText(days.size() == 1 ? DAY.withLocale(getLocale()).format(days.getFirst())
                : days.getFirst() + " – " + days.getLast());

        List<Component> columns = new ArrayList<>();
        columns.add(timeColumn());
        if (all) {
            for (String m : mediators) {
                columns.add(column(m, d, list.stream().filter(s -> s.mediator().equals(m)).toList(), zone));
            }
        } else {
            for (LocalDate day : days) {
                columns.add(column(DAY.withLocale(getLocale()).format(day), day, list.stream()
                        .filter(s -> s.start().atZoneSameInstant(zone).toLocalDate().equals(day)).toList(), zone));
            }
        }
        grid.getStyle().set("grid-template-columns", "3.5rem repeat(" + (columns.size() - 1) + ", minmax(7rem, 1fr))");
        columns.forEach(grid::add);
        if (list.isEmpty()) {
            Div empty = new Div(getTranslation("calendar.empty"));
            empty.addClassName("cal-empty");
            grid.add(empty);
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
        if (day.isBefore(today())) {
            return free;
        }
        if (day.equals(today())) {
            cursor = Math.max(cursor, minutesOfDay(LocalTime.now(zone)));
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
                + (ALL.equals(mediator.getValue()) ? "" : " · " + s.mediator()));
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

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("cal-legend");
        for (String key : List.of("scheduled", "held", "cancelled", "free")) {
            Span item = new Span(getTranslation("calendar.legend." + key));
            item.addClassName("cal-legend-" + key);
            legend.add(item);
        }
        return legend;
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

    private LocalDate today() {
        return LocalDate.now(UserZone.current(properties.zone()));
    }
}
