package org.redress.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.LocalDateTimePicker;
import org.redress.base.ui.Notifications;
import org.redress.mediation.SchedulingConflictException;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionDetails;

/**
 * Moves a session to another start or duration, with the reason kept on the case's timeline. A clash or bad input
 * is listed in the dialog, which stays open with what was chosen.
 */
class RescheduleDialog extends Dialog {

    private static final List<Integer> DURATIONS = List.of(30, 45, 60, 90, 120, 180);

    RescheduleDialog(SessionBooking booking, SessionDetails session, ZoneId zone,
                     Consumer<SessionDetails> changed) {
        setHeaderTitle(getTranslation("session.reschedule"));
        DateTimePicker start = new LocalDateTimePicker(getTranslation("session.start") + " (" + zone.getId() + ")");
        start.setStep(Duration.ofMinutes(15));
        start.setValue(session.start().atZoneSameInstant(zone).toLocalDateTime());
        Select<Integer> duration = new Select<>();
        duration.setLabel(getTranslation("session.duration"));
        duration.setItems(DURATIONS);
        duration.setItemLabelGenerator(m -> getTranslation("session.minutesValue", m));
        duration.setValue(DURATIONS.contains(session.durationMinutes()) ? session.durationMinutes() : 60);
        TextField reason = new TextField(getTranslation("session.rescheduleReason"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Div problems = new Div();
        problems.addClassName("clash-box");
        problems.setVisible(false);
        Button save = new Button(getTranslation("session.reschedule"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("session.rescheduleReasonRequired"));
                return;
            }
            try {
                changed.accept(booking.reschedule(session.id(), start.getValue() == null ? null
                        : start.getValue().atZone(zone).toOffsetDateTime(), duration.getValue(), reason.getValue()));
                close();
                Notifications.success(getTranslation("session.rescheduled"));
            } catch (SchedulingConflictException ex) {
                problems.removeAll();
                ex.clashes().forEach(c -> problems.add(new Div(c.message())));
                problems.setVisible(true);
            } catch (InvalidInputException ex) {
                problems.removeAll();
                ex.fieldErrors().values().forEach(m -> problems.add(new Div(m)));
                problems.setVisible(true);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(problems, start, duration, reason));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
