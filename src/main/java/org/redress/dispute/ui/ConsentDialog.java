package org.redress.dispute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.LocalDatePicker;
import org.redress.base.ui.Notifications;
import org.redress.complaint.Channel;
import org.redress.dispute.ConsentDecision;

/**
 * Records a consent decision (given, refused or withdrawn, on a date, by a channel) for one member or for many at
 * once; the text says for whom, so a bulk decision is never taken by surprise.
 */
class ConsentDialog extends Dialog {

    /** Records the decision for whoever the dialog is about; returns how many members it concerned. */
    interface Recorder {
        int record(ConsentDecision decision, LocalDate on, Channel channel);
    }

    final Select<ConsentDecision> decision = new Select<>();
    final DatePicker on;
    final ComboBox<Channel> channel = new ComboBox<>();
    final Button save = new Button();

    ConsentDialog(String title, String explanation, Clock clock, Recorder recorder, Runnable recorded) {
        setHeaderTitle(title);
        decision.setLabel(getTranslation("dispute.consent"));
        decision.setItems(ConsentDecision.values());
        decision.setItemLabelGenerator(c -> getTranslation("ConsentDecision." + c.name()));
        on = new LocalDatePicker(getTranslation("dispute.consentOn"), LocalDate.now(clock));
        on.setMax(LocalDate.now(clock));
        channel.setLabel(getTranslation("complaint.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("Channel." + c.name()));
        VerticalLayout form = new VerticalLayout();
        if (explanation != null) {
            form.add(new Paragraph(explanation));
        }
        form.add(decision, on, channel);
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        save.setText(getTranslation("action.save"));
        save.addClickListener(e -> {
            try {
                int n = recorder.record(decision.getValue(), on.getValue(), channel.getValue());
                close();
                Notifications.success(getTranslation("dispute.consentRecorded", n));
                recorded.run();
            } catch (InvalidInputException ex) {
                decision.setInvalid(ex.fieldErrors().containsKey("decision"));
                decision.setErrorMessage(ex.fieldErrors().get("decision"));
                on.setInvalid(ex.fieldErrors().containsKey("decidedOn"));
                on.setErrorMessage(ex.fieldErrors().get("decidedOn"));
                channel.setInvalid(ex.fieldErrors().containsKey("channel"));
                channel.setErrorMessage(ex.fieldErrors().get("channel"));
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
