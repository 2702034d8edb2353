package org.redress.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.LocalDateTimePicker;
import org.redress.base.ui.Notifications;
import org.redress.dispute.CaseRef;
import org.redress.mediation.Clash;
import org.redress.mediation.FreeSlot;
import org.redress.mediation.ParticipantRequest;
import org.redress.mediation.ParticipantRole;
import org.redress.mediation.Room;
import org.redress.mediation.RoomService;
import org.redress.mediation.SchedulingConflictException;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionQueries;
import org.redress.mediation.SessionRequest;

/**
 * Schedules a session for a complaint or a dispute. A refused booking shows every clash in the dialog and keeps what
 * was typed; "Suggest free slots" proposes the next times the chosen mediator (and room) are free.
 */
public class ScheduleSessionDialog extends Dialog {

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("EEE MM-dd HH:mm");

    final ComboBox<String> mediator = new ComboBox<>();
    final DateTimePicker start = new LocalDateTimePicker();
    final Select<Integer> duration = new Select<>();
    final RadioButtonGroup<Boolean> online = new RadioButtonGroup<>();
    final ComboBox<Room> room = new ComboBox<>();
    final TextField onlineLink = new TextField();
    final TextArea agenda = new TextArea();
    final VerticalLayout participantRows = new VerticalLayout();
    final Div clashes = new Div();
    final FlexLayout proposals = new FlexLayout();
    final Button save = new Button();
    final List<ParticipantRow> rows = new ArrayList<>();

    private final SessionQueries sessions;
    private final SessionBooking booking;
    private final String caseNumber;
    private final Long disputeId;
    private final ZoneId zone;
    private final Consumer<SessionDetails> onScheduled;

    public ScheduleSessionDialog(SessionQueries sessions, SessionBooking booking, RoomService rooms, String caseNumber, Long disputeId,
                                 String defaultMediator, List<ParticipantRequest> invited, ZoneId zone,
                                 Consumer<SessionDetails> onScheduled) {
        this.sessions = sessions;
        this.booking = booking;
        this.caseNumber = caseNumber;
        this.disputeId = disputeId;
        this.zone = zone;
        this.onScheduled = onScheduled;
        setHeaderTitle(getTranslation("session.scheduleTitle", (caseNumber != null ? CaseRef.ofCase(caseNumber)
                : CaseRef.ofDispute(disputeId)).toString()));
        setWidth("min(56rem, 96vw)");
        addClassName("schedule-dialog");

        List<String> mediators = sessions.mediators();
        mediator.setLabel(getTranslation("session.mediator"));
        mediator.setItems(mediators);
        mediator.setValue(mediators.contains(defaultMediator) ? defaultMediator : null);
        mediator.setRequiredIndicatorVisible(true);
        start.setLabel(getTranslation("session.start") + " (" + zone.getId() + ")");
        start.setStep(Duration.ofMinutes(15));
        start.setRequiredIndicatorVisible(true);
        duration.setLabel(getTranslation("session.duration"));
        duration.setItems(30, 45, 60, 90, 120, 180);
        duration.setItemLabelGenerator(m -> getTranslation("session.minutesValue", m));
        duration.setValue(60);

        online.setLabel(getTranslation("session.venue"));
        online.setItems(false, true);
        online.setItemLabelGenerator(o -> getTranslation(o ? "session.online" : "session.room"));
        online.setValue(false);
        room.setLabel(getTranslation("session.room"));
        room.setItems(rooms.active());
        room.setItemLabelGenerator(r -> getTranslation("session.roomLabel", r.getName(), r.getCapacity()));
        onlineLink.setLabel(getTranslation("session.onlineLink"));
        onlineLink.setPlaceholder("https://");
        onlineLink.setVisible(false);
        online.addValueChangeListener(e -> {
            room.setVisible(!Boolean.TRUE.equals(e.getValue()));
            onlineLink.setVisible(Boolean.TRUE.equals(e.getValue()));
        });
        agenda.setLabel(getTranslation("session.agenda"));
        agenda.setMaxLength(4000);

        FormLayout form = new FormLayout(mediator, start, duration, online, room, onlineLink);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));

        Button suggest = new Button(getTranslation("session.suggest"), VaadinIcon.CALENDAR_CLOCK.create(),
                e -> suggest());
        suggest.addThemeVariants(ButtonVariant.LUMO_SMALL);
        proposals.addClassName("slot-proposals");
        proposals.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        participantRows.setPadding(false);
        participantRows.setSpacing(false);
        invited.forEach(this::addRow);
        if (invited.isEmpty()) {
            addRow(new ParticipantRequest("", ParticipantRole.CONSUMER, ""));
        }
        Button addParticipant = new Button(getTranslation("session.addParticipant"), VaadinIcon.PLUS.create(),
                e -> addRow(new ParticipantRequest("", ParticipantRole.OTHER, "")));
        addParticipant.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);

        clashes.addClassName("clash-box");
        clashes.setVisible(false);
        VerticalLayout content = new VerticalLayout(clashes, form, new HorizontalLayout(suggest), proposals,
                new H4(getTranslation("session.participants")), participantRows, addParticipant, agenda);
        content.setPadding(false);
        agenda.setWidthFull();
        add(content);

        save.setText(getTranslation("session.schedule"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void addRow(ParticipantRequest p) {
        ParticipantRow row = new ParticipantRow(p);
        rows.add(row);
        participantRows.add(row);
    }

    void suggest() {
        proposals.removeAll();
        if (mediator.isEmpty()) {
            mediator.setInvalid(true);
            mediator.setErrorMessage(getTranslation("session.chooseMediatorFirst"));
            return;
        }
        String roomName = Boolean.TRUE.equals(online.getValue()) || room.isEmpty() ? null : room.getValue().getName();
        List<FreeSlot> free = sessions.freeSlots(mediator.getValue(), roomName, duration.getValue(), null, 8);
        if (free.isEmpty()) {
            proposals.add(new Span(getTranslation("session.noFreeSlots")));
        }
        for (FreeSlot slot : free) {
            LocalDateTime local = slot.start().atZoneSameInstant(zone).toLocalDateTime();
            Button pick = new Button(SLOT.withLocale(getLocale()).format(local), e -> {
                start.setValue(local);
                proposals.removeAll();
            });
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            proposals.add(pick);
        }
    }

    void save() {
        clearErrors();
        SessionRequest request = new SessionRequest(caseNumber, disputeId, mediator.getValue(),
                start.getValue() == null ? null : start.getValue().atZone(zone).toOffsetDateTime(),
                duration.getValue(), Boolean.TRUE.equals(online.getValue()) || room.isEmpty() ? null
                : room.getValue().getName(), Boolean.TRUE.equals(online.getValue()) ? onlineLink.getValue() : null,
                agenda.getValue(), rows.stream().map(ParticipantRow::value).toList());
        try {
            SessionDetails created = booking.schedule(request);
            Notifications.success(getTranslation("session.scheduled", created.id()));
            close();
            onScheduled.accept(created);
        } catch (SchedulingConflictException e) {
            showClashes(e.clashes());
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        }
    }

    private void showClashes(List<Clash> list) {
        clashes.removeAll();
        clashes.add(new H4(getTranslation("session.clashTitle")));
        list.forEach(c -> clashes.add(new Div(new Span(getTranslation("ClashKind." + c.kind().name()) + ": "),
                new Span(c.message()))));
        clashes.setVisible(true);
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            switch (field) {
                case "mediator" -> invalid(mediator, message);
                case "start" -> {
                    start.setInvalid(true);
                    start.setErrorMessage(message);
                }
                case "durationMinutes" -> {
                    duration.setInvalid(true);
                    duration.setErrorMessage(message);
                }
                case "room" -> invalid(room, message);
                case "onlineLink" -> {
                    onlineLink.setInvalid(true);
                    onlineLink.setErrorMessage(message);
                }
                case "agenda" -> {
                    agenda.setInvalid(true);
                    agenda.setErrorMessage(message);
                }
                default -> {
                    if (field.startsWith("participants[")) {
                        int index = Integer.parseInt(field.replaceAll("\\D+", " ").trim().split(" ")[0]);
                        if (index < rows.size()) {
                            rows.get(index).name.setInvalid(true);
                            rows.get(index).name.setErrorMessage(message);
                        }
                    }
                }
            }
        });
        Notifications.error(String.join(" ", errors.values()));
    }

    private static void invalid(ComboBox<?> box, String message) {
        box.setInvalid(true);
        box.setErrorMessage(message);
    }

    private void clearErrors() {
        clashes.setVisible(false);
        mediator.setInvalid(false);
        start.setInvalid(false);
        duration.setInvalid(false);
        room.setInvalid(false);
        onlineLink.setInvalid(false);
        rows.forEach(r -> r.name.setInvalid(false));
    }

    /** One invited person: name, role, contact (phone or e-mail), with a remove button. */
    final class ParticipantRow extends HorizontalLayout {

        final TextField name = new TextField();
        final Select<ParticipantRole> role = new Select<>();
        final TextField contact = new TextField();

        ParticipantRow(ParticipantRequest p) {
            name.setPlaceholder(getTranslation("session.participantName"));
            name.setValue(p.name() == null ? "" : p.name());
            name.setMaxLength(100);
            name.setAriaLabel(getTranslation("session.participantName"));
            role.setItems(ParticipantRole.values());
            role.setItemLabelGenerator(r -> getTranslation("ParticipantRole." + r.name()));
            role.setValue(p.role());
            role.setAriaLabel(getTranslation("session.participantRole"));
            contact.setPlaceholder(getTranslation("session.participantContact"));
            contact.setValue(p.contact() == null ? "" : p.contact());
            contact.setAriaLabel(getTranslation("session.participantContact"));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                rows.remove(this);
                participantRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("session.removeParticipant"));
            add(name, role, contact, remove);
            setWidthFull();
            setAlignItems(Alignment.BASELINE);
            name.setWidth("14rem");
            contact.setWidth("14rem");
        }

        ParticipantRequest value() {
            return new ParticipantRequest(name.getValue(), role.getValue(), contact.getValue());
        }
    }
}
