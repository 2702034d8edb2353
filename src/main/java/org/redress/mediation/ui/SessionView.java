package org.redress.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.audit.ui.AuditTimeline;
import org.redress.base.BusinessRuleException;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.ui.Badge;
import org.redress.base.ui.DetailColumns;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.PrintButton;
import org.redress.base.ui.UserZone;
import org.redress.mediation.MediationProperties;
import org.redress.mediation.Participant;
import org.redress.mediation.ParticipantRequest;
import org.redress.mediation.RoomService;
import org.redress.mediation.SchedulingConflictException;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionCalendar;
import org.redress.mediation.SessionConduct;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionOutcome;
import org.redress.mediation.SessionQueries;
import org.redress.mediation.SessionStatus;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Running one session: attendance, the mediator's no-conflict confirmation, minutes saved as they are typed (and
 * kept in the browser until the server has them), the outcome, and from there the agreement or the next session.
 */
@Route("sessions/:id")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final H2 title = new H2();
    final Span badges = new Span();
    final Paragraph facts = new Paragraph();
    final FlexLayout actions = new FlexLayout();
    final Checkbox noConflict = new Checkbox();
    final Grid<Indexed> participants = new Grid<>();
    final MinutesEditor minutesEditor;
    final OutcomeForm outcomeForm;
    final Div followUp = new Div();

    private final SessionQueries sessions;
    private final SessionBooking booking;
    private final SessionConduct conduct;
    private final SessionCalendar calendar;
    private final RoomService rooms;
    private final CurrentUser currentUser;
    private final AuditTimeline timeline;
    private final ZoneId fallbackZone;
    private SessionDetails session;
    private boolean loading;

    /** A participant with their position in the session, which the service addresses them by. */
    record Indexed(int index, Participant participant) {
    }

    public SessionView(SessionQueries sessions, SessionBooking booking, SessionConduct conduct,
                       SessionCalendar calendar, RoomService rooms, CurrentUser currentUser, AuditService audit,
                       MediationProperties properties, Clock clock) {
        this.sessions = sessions;
        this.booking = booking;
        this.conduct = conduct;
        this.calendar = calendar;
        this.rooms = rooms;
        this.currentUser = currentUser;
        this.fallbackZone = properties.zone();
        this.timeline = new AuditTimeline(audit, clock.getZone());
        this.minutesEditor = new MinutesEditor(conduct, fallbackZone);
        this.outcomeForm = new OutcomeForm(conduct, clock, recorded -> {
            show(recorded);
            Notifications.success(getTranslation("session.outcomeRecorded"));
        });
        addClassName("session-view");
        facts.addClassName("view-hint");
        actions.addClassName("case-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        noConflict.setLabel(getTranslation("session.noConflict"));
        noConflict.addValueChangeListener(e -> {
            if (!loading && e.isFromClient() && Boolean.TRUE.equals(e.getValue())) {
                confirmNoConflict();
            }
        });

        participants.addColumn(i -> i.participant().name()).setHeader(getTranslation("session.participantName"))
                .setAutoWidth(true);
        participants.addColumn(i -> getTranslation("ParticipantRole." + i.participant().role().name()))
                .setHeader(getTranslation("session.participantRole")).setAutoWidth(true);
        participants.addColumn(i -> i.participant().contact() == null ? "" : i.participant().contact())
                .setHeader(getTranslation("session.participantContact")).setAutoWidth(true);
        participants.addComponentColumn(i -> {
            Checkbox box = new Checkbox(i.participant().confirmed());
            box.setAriaLabel(getTranslation("session.confirmed") + " " + i.participant().name());
            box.setEnabled(session.status() == SessionStatus.SCHEDULED);
            box.addValueChangeListener(e -> update(() -> conduct.setConfirmed(session.id(), i.index(),
                    e.getValue())));
            return box;
        }).setHeader(getTranslation("session.confirmed")).setAutoWidth(true);
        participants.addComponentColumn(i -> {
            Checkbox box = new Checkbox(i.participant().attended());
            box.setAriaLabel(getTranslation("session.attended") + " " + i.participant().name());
            box.setEnabled(runsSession() && session.status() != SessionStatus.CANCELLED);
            box.addValueChangeListener(e -> update(() -> conduct.setAttended(session.id(), i.index(),
                    e.getValue())));
            return box;
        }).setHeader(getTranslation("session.attended")).setAutoWidth(true);
        participants.addThemeVariants(GridVariant.LUMO_COMPACT);
        participants.setAllRowsVisible(true);

        HorizontalLayout heading = new HorizontalLayout(title, badges, new PrintButton());
        heading.setAlignItems(Alignment.BASELINE);
        VerticalLayout main = new VerticalLayout(facts, actions, noConflict,
                new H3(getTranslation("session.participants")), participants, minutesEditor,
                new H3(getTranslation("session.outcome")), outcomeForm, followUp);
        Div columns = DetailColumns.of(main, timeline);
        add(new Anchor("sessions", "← " + getTranslation("nav.sessions")), heading, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(sessions.get(id));
        } catch (NumberFormatException | NotFoundException e) {
            Notifications.error(getTranslation("session.notFound", event.getRouteParameters().get("id").orElse("")));
            event.forwardTo(SessionsView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return (session == null ? "" : getTranslation("session.title", session.id()) + " · ") + "Redress";
    }

    void show(SessionDetails s) {
        loading = true;
        try {
            this.session = s;
            ZoneId zone = UserZone.current(fallbackZone);
            title.setText(getTranslation("session.title", s.id()) + " · " + s.caseRef());
            badges.removeAll();
            badges.add(Badge.of(getTranslation("SessionStatus." + s.status().name()),
                    s.status() == SessionStatus.CANCELLED ? Badge.Tone.ERROR : Badge.Tone.INFO));
            if (s.outcome() != null) {
                badges.add(Badge.of(getTranslation("SessionOutcome." + s.outcome().name()),
                        s.outcome() == SessionOutcome.AGREEMENT_REACHED ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL));
            }
            facts.setText(WHEN.format(s.start().atZoneSameInstant(zone)) + " – "
                    + DateTimeFormatter.ofPattern("HH:mm").format(s.end().atZoneSameInstant(zone)) + " ("
                    + zone.getId() + ") · " + getTranslation("session.mediator") + ": " + s.mediator() + " · "
                    + (s.room() != null ? getTranslation("session.room") + ": " + s.room()
                    : getTranslation("session.online") + ": " + s.onlineLink())
                    + (s.agenda() == null ? "" : " · " + s.agenda())
                    + (s.cancelReason() == null ? "" : " · " + getTranslation("session.cancelledBecause",
                    s.cancelReason())));
            renderActions(s);
            noConflict.setValue(s.noConflictConfirmedAt() != null);
            noConflict.setEnabled(s.noConflictConfirmedAt() == null && runsSession()
                    && s.status() != SessionStatus.CANCELLED);
            noConflict.setHelperText(s.noConflictConfirmedAt() == null ? getTranslation("session.noConflictHelp")
                    : getTranslation("session.noConflictBy", s.noConflictConfirmedBy(),
                    WHEN.format(s.noConflictConfirmedAt().atZone(zone))));
            List<Indexed> rows = new ArrayList<>();
            for (int i = 0; i < s.participants().size(); i++) {
                rows.add(new Indexed(i, s.participants().get(i)));
            }
            participants.setItems(rows);
            minutesEditor.show(s, runsSession() && s.status() != SessionStatus.CANCELLED);
            outcomeForm.show(s, runsSession() && s.status() != SessionStatus.CANCELLED);
            renderFollowUp(s);
            timeline.show(AuditSubject.SESSION, s.id());
        } finally {
            loading = false;
        }
    }

    private void renderActions(SessionDetails s) {
        actions.removeAll();
        String subjectLink = s.caseNumber() != null ? "cases/" + s.caseNumber() : "disputes/" + s.disputeId();
        actions.add(new Anchor(subjectLink, getTranslation("session.openSubject", s.caseRef())));
        Anchor ics = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = calendar.ics(s.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "session-" + s.id() + ".ics",
                    "text/calendar; charset=UTF-8", bytes.length);
        }), getTranslation("session.downloadIcs"));
        ics.getElement().setAttribute("download", true);
        actions.add(ics);
        if (s.status() == SessionStatus.SCHEDULED) {
            Button reschedule = new Button(getTranslation("session.reschedule"), VaadinIcon.CLOCK.create(),
                    e -> openReschedule());
            reschedule.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button cancel = new Button(getTranslation("session.cancel"), VaadinIcon.BAN.create(),
                    e -> openCancel());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(reschedule, cancel);
        }
    }

    private void renderFollowUp(SessionDetails s) {
        followUp.removeAll();
        if (s.outcome() == SessionOutcome.AGREEMENT_REACHED && runsSession()) {
            Button draft = new Button(getTranslation("session.draftAgreement"), VaadinIcon.FILE_TEXT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("agreements/new",
                            QueryParameters.of("session", String.valueOf(s.id())))));
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            followUp.add(draft);
        }
        if (s.outcome() == SessionOutcome.ADJOURNED && s.nextDate() != null) {
            Button next = new Button(getTranslation("session.scheduleNext", s.nextDate()),
                    VaadinIcon.CALENDAR.create(), e -> scheduleNext());
            followUp.add(next);
        }
    }

    void scheduleNext() {
        ZoneId zone = UserZone.current(fallbackZone);
        ScheduleSessionDialog dialog = new ScheduleSessionDialog(sessions, booking, rooms, session.caseNumber(),
                session.disputeId(), session.mediator(), session.participants().stream()
                .map(p -> new ParticipantRequest(p.name(), p.role(), p.contact())).toList(), zone,
                created -> getUI().ifPresent(ui -> ui.navigate("sessions/" + created.id())));
        dialog.start.setValue(session.nextDate().atTime(session.start().atZoneSameInstant(zone).toLocalTime()));
        dialog.duration.setValue(session.durationMinutes());
        dialog.open();
    }

    void confirmNoConflict() {
        try {
            show(conduct.confirmNoConflict(session.id()));
            Notifications.success(getTranslation("session.noConflictRecorded"));
        } catch (SchedulingConflictException e) {
            noConflict.setValue(false);
            Notifications.error(e.getMessage());
        }
    }

    private void update(Supplier<SessionDetails> change) {
        if (loading) {
            return;
        }
        try {
            show(change.get());
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
            show(sessions.get(session.id()));
        }
    }

    void openReschedule() {
        new RescheduleDialog(booking, session, UserZone.current(fallbackZone), this::show).open();
    }

    void openCancel() {
        new CancelSessionDialog(booking, session, this::show).open();
    }

    private boolean runsSession() {
        return session != null && (currentUser.hasRole(Role.ADMIN)
                || currentUser.username().map(session.mediator()::equals).orElse(false));
    }
}
