package org.redress.mediation.ui;

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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.base.Roles;
import org.redress.base.ui.LocalDatePicker;
import org.redress.base.ui.UserZone;
import org.redress.mediation.MediationProperties;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionQueries;
import org.redress.security.CurrentUser;
import org.redress.security.Role;

/**
 * The mediators' calendar, built from plain layouts: a mediator's week or day, or all mediators side by side for one
 * day (for coordinators). Working hours are lit, free stretches of a mediator's day are marked, sessions link to
 * their page. The chosen mediator, mode and date are kept in the address.
 */
@Menu(order = 7, title = "nav.calendar", icon = "vaadin:calendar")
@Route("calendar")
@PageTitle("title.calendar")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    static final String ALL = "*";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE M/d");

    final Select<String> mediator = new Select<>();
    final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    final DatePicker date = new LocalDatePicker();
    final Span range = new Span();
    final CalendarGrid grid;

    private final SessionQueries sessions;
    private final MediationProperties properties;
    private final CurrentUser currentUser;
    private final List<String> mediators;
    private boolean navigating;
    private final Clock clock;

    public CalendarView(SessionQueries sessions, MediationProperties properties, CurrentUser currentUser,
                        Clock clock) {
        this.clock = clock;
        this.grid = new CalendarGrid(sessions, properties, clock);
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
        range.setText(days.size() == 1 ? DAY.withLocale(getLocale()).format(days.getFirst())
                : days.getFirst() + " – " + days.getLast());
        List<CalendarGrid.Column> columns = all
                ? mediators.stream().map(m -> new CalendarGrid.Column(m, d,
                        list.stream().filter(s -> s.mediator().equals(m)).toList())).toList()
                : days.stream().map(day -> new CalendarGrid.Column(DAY.withLocale(getLocale()).format(day), day,
                        list.stream().filter(s -> s.start().atZoneSameInstant(zone).toLocalDate().equals(day))
                                .toList())).toList();
        grid.show(columns.isEmpty() ? List.of(new CalendarGrid.Column("", d, List.of())) : columns, all, zone);
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UserZone.current(properties.zone())));
    }
}
