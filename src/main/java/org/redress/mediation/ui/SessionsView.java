package org.redress.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.redress.base.Roles;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.UserZone;
import org.redress.mediation.MediationProperties;
import org.redress.mediation.Participant;
import org.redress.mediation.SessionAgenda;
import org.redress.mediation.SessionCalendar;
import org.redress.mediation.SessionConduct;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionQueries;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What needs doing before sessions take place: the next two weeks, reminders now due (24 hours ahead by default),
 * participants who have not confirmed, and for mediators the address of their calendar feed.
 */
@Menu(order = 6, title = "nav.sessions", icon = "vaadin:calendar-user")
@Route("sessions")
@PageTitle("title.sessions")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class SessionsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd EEE HH:mm");

    final Grid<SessionDetails> upcoming = new Grid<>();
    final Grid<SessionDetails> reminders = new Grid<>();
    final Grid<SessionDetails> unconfirmed = new Grid<>();
    final Paragraph noReminders = new Paragraph();
    final Paragraph noUnconfirmed = new Paragraph();
    final TextField feedAddress = new TextField();

    private final SessionQueries sessions;
    private final SessionConduct conduct;
    private final SessionCalendar calendar;
    private final ZoneId fallbackZone;

    public SessionsView(SessionQueries sessions, SessionConduct conduct, SessionCalendar calendar, CurrentUser currentUser,
                        MediationProperties properties) {
        this.sessions = sessions;
        this.conduct = conduct;
        this.calendar = calendar;
        this.fallbackZone = properties.zone();
        addClassName("sessions-view");

        configure(upcoming);
        upcoming.setHeight("22em");
        upcoming.setEmptyStateText(getTranslation("session.noUpcoming"));
        configure(reminders);
        reminders.addComponentColumn(s -> {
            Button done = new Button(getTranslation("session.markReminded"), e -> {
                conduct.markReminded(s.id());
                Notifications.success(getTranslation("session.reminded", s.id()));
                refresh();
            });
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return done;
        }).setAutoWidth(true).setFlexGrow(0);
        reminders.setAllRowsVisible(true);
        configure(unconfirmed);
        unconfirmed.addColumn(s -> s.participants().stream().filter(p -> !p.confirmed())
                        .map(p -> p.name() + (p.contact() == null ? "" : " (" + p.contact() + ")"))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("session.unconfirmedWho")).setFlexGrow(1);
        unconfirmed.setAllRowsVisible(true);
        noReminders.setText(getTranslation("session.noReminders"));
        noReminders.addClassName("view-hint");
        noUnconfirmed.setText(getTranslation("session.allConfirmed"));
        noUnconfirmed.addClassName("view-hint");

        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("nav.sessions")),
                new Anchor("calendar", getTranslation("nav.calendar")));
        heading.setAlignItems(Alignment.BASELINE);
        add(heading, new H3(getTranslation("session.remindersDue", properties.reminderHours())), noReminders,
                reminders, new H3(getTranslation("session.unconfirmed")), noUnconfirmed, unconfirmed,
                new H3(getTranslation("session.upcoming")), upcoming);
        if (currentUser.hasRole(Role.MEDIATOR) || currentUser.hasRole(Role.ADMIN)) {
            add(feedBox(currentUser));
        }
        refresh();
    }

    private void configure(Grid<SessionDetails> grid) {
        grid.addComponentColumn(s -> new Anchor("sessions/" + s.id(),
                        WHEN.withLocale(getLocale()).format(s.start().atZoneSameInstant(zone()))))
                .setHeader(getTranslation("session.start")).setAutoWidth(true);
        grid.addColumn(SessionDetails::caseRef).setHeader(getTranslation("session.subject")).setAutoWidth(true);
        grid.addColumn(SessionDetails::mediator).setHeader(getTranslation("session.mediator")).setAutoWidth(true);
        grid.addColumn(s -> s.room() != null ? s.room() : getTranslation("session.online"))
                .setHeader(getTranslation("session.venue")).setAutoWidth(true);
        grid.addColumn(s -> s.participants().stream().filter(Participant::confirmed).count() + " / "
                        + s.participants().size())
                .setHeader(getTranslation("session.confirmed")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }

    void refresh() {
        SessionAgenda agenda = sessions.agenda(14);
        upcoming.setItems(agenda.upcoming());
        List<SessionDetails> due = agenda.remindersDue();
        reminders.setItems(due);
        reminders.setVisible(!due.isEmpty());
        noReminders.setVisible(due.isEmpty());
        List<SessionDetails> open = agenda.unconfirmed();
        unconfirmed.setItems(open);
        unconfirmed.setVisible(!open.isEmpty());
        noUnconfirmed.setVisible(open.isEmpty());
    }

    private Div feedBox(CurrentUser currentUser) {
        feedAddress.setLabel(getTranslation("session.feed"));
        feedAddress.setReadOnly(true);
        feedAddress.setWidth("min(48rem, 90vw)");
        feedAddress.setHelperText(getTranslation("session.feedHelp"));
        String me = currentUser.usernameOrSystem();
        feedAddress.setValue(feedUrl(me, calendar.feedToken()));
        Button renew = new Button(getTranslation("session.feedRenew"), e -> {
            feedAddress.setValue(feedUrl(me, calendar.renewFeedToken()));
            Notifications.success(getTranslation("session.feedRenewed"));
        });
        renew.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(feedAddress, renew);
        row.setAlignItems(Alignment.BASELINE);
        Div box = new Div(new H3(getTranslation("session.feedTitle")), row);
        box.addClassName("feed-box");
        return box;
    }

    private static String feedUrl(String mediator, String token) {
        String base;
        try {
            base = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .toUriString();
        } catch (IllegalStateException e) {
            // No web request to take the host from (tests): show the path alone.
            base = "";
        }
        return base + "/api/v1/sessions/feeds/" + mediator + ".ics?token=" + token;
    }

    private ZoneId zone() {
        return UserZone.current(fallbackZone);
    }
}
