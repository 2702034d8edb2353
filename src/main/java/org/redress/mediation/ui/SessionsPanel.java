package org.redress.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.redress.base.ui.UserZone;
import org.redress.mediation.ParticipantRequest;
import org.redress.mediation.RoomService;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionQueries;

/** The sessions of one complaint or dispute, on its page, with a button to schedule the next one. */
public class SessionsPanel extends Div {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Grid<SessionDetails> grid = new Grid<>();
    final Button schedule = new Button();
    final Paragraph empty = new Paragraph();

    private final SessionQueries sessions;
    private final SessionBooking booking;
    private final RoomService rooms;
    private final ZoneId fallbackZone;
    private String caseNumber;
    private Long disputeId;
    private String defaultMediator;
    private Supplier<List<ParticipantRequest>> invited = List::of;
    private Runnable afterChange = () -> { };

    SessionsPanel(SessionQueries sessions, SessionBooking booking, RoomService rooms, ZoneId fallbackZone) {
        this.sessions = sessions;
        this.booking = booking;
        this.rooms = rooms;
        this.fallbackZone = fallbackZone;
        addClassName("sessions-panel");
        schedule.setText(getTranslation("session.schedule"));
        schedule.setIcon(VaadinIcon.CALENDAR.create());
        schedule.addThemeVariants(ButtonVariant.LUMO_SMALL);
        schedule.addClickListener(e -> openDialog());
        grid.addComponentColumn(s -> new Anchor("sessions/" + s.id(),
                        WHEN.format(s.start().atZoneSameInstant(zone()))))
                .setHeader(getTranslation("session.start")).setAutoWidth(true);
        grid.addColumn(SessionDetails::mediator).setHeader(getTranslation("session.mediator")).setAutoWidth(true);
        grid.addColumn(s -> s.room() != null ? s.room() : getTranslation("session.online"))
                .setHeader(getTranslation("session.venue")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("SessionStatus." + s.status().name())
                        + (s.outcome() == null ? "" : " · " + getTranslation("SessionOutcome." + s.outcome().name())))
                .setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("session.noneYet"));
        empty.addClassName("view-hint");
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("session.sessions")), schedule);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(heading, empty, grid);
    }

    /** Shows the sessions of a complaint. */
    public void showCase(String caseNumber, String defaultMediator, Supplier<List<ParticipantRequest>> invited,
                         Runnable afterChange) {
        this.caseNumber = caseNumber;
        this.disputeId = null;
        configure(defaultMediator, invited, afterChange);
        refresh();
    }

    /** Shows the sessions of a class dispute. */
    public void showDispute(long disputeId, String defaultMediator, Supplier<List<ParticipantRequest>> invited,
                            Runnable afterChange) {
        this.caseNumber = null;
        this.disputeId = disputeId;
        configure(defaultMediator, invited, afterChange);
        refresh();
    }

    private void configure(String mediator, Supplier<List<ParticipantRequest>> participants, Runnable after) {
        this.defaultMediator = mediator;
        this.invited = participants;
        this.afterChange = after;
    }

    /** Scheduling is offered only while the case or dispute is open. */
    public void allowScheduling(boolean allowed) {
        schedule.setVisible(allowed);
    }

    void refresh() {
        List<SessionDetails> list = disputeId != null ? sessions.ofDispute(disputeId) : sessions.ofCase(caseNumber);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }

    ScheduleSessionDialog openDialog() {
        ScheduleSessionDialog dialog = new ScheduleSessionDialog(sessions, booking, rooms, caseNumber, disputeId,
                defaultMediator, invited.get(), zone(), created -> {
                    refresh();
                    afterChange.run();
                });
        dialog.open();
        return dialog;
    }

    private ZoneId zone() {
        return UserZone.current(fallbackZone);
    }
}
