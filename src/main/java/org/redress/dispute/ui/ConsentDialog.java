package org.redress.dispute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.LocalDatePicker;
import org.redress.complaint.Channel;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeService;

/** Records one member's consent decision: given, refused or withdrawn, on a date, by a channel. */
class ConsentDialog extends Dialog {

    ConsentDialog(DisputeService service, long disputeId, String caseNumber, Clock clock, Runnable recorded) {
        setHeaderTitle(getTranslation("dispute.consentTitle", caseNumber));
        Select<ConsentDecision> decision = new Select<>();
        decision.setLabel(getTranslation("dispute.consent"));
        decision.setItems(ConsentDecision.values());
        decision.setItemLabelGenerator(c -> getTranslation("ConsentDecision." + c.name()));
        DatePicker on = new LocalDatePicker(getTranslation("dispute.consentOn"), LocalDate.now(clock));
        on.setMax(LocalDate.now(clock));
        ComboBox<Channel> channel = new ComboBox<>(getTranslation("complaint.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("Channel." + c.name()));
        add(new VerticalLayout(decision, on, channel));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                service.recordConsent(disputeId, caseNumber, decision.getValue(), on.getValue(),
                        channel.getValue());
                close();
                recorded.run();
            } catch (InvalidInputException ex) {
                decision.setInvalid(ex.fieldErrors().containsKey("decision"));
                decision.setErrorMessage(ex.fieldErrors().get("decision"));
                on.setInvalid(ex.fieldErrors().containsKey("decidedOn"));
                on.setErrorMessage(ex.fieldErrors().get("decidedOn"));
                channel.setInvalid(ex.fieldErrors().containsKey("channel"));
                channel.setErrorMessage(ex.fieldErrors().get("channel"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
