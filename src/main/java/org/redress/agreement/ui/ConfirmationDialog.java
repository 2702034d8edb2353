package org.redress.agreement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementFollowUp;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.LocalDatePicker;
import org.redress.base.ui.Notifications;

/** Records the court's ruling that confirms the agreement, so that the enforcement application can cite it. */
class ConfirmationDialog extends Dialog {

    ConfirmationDialog(AgreementFollowUp followUp, AgreementDetails agreement, String defaultCourt,
                       Consumer<AgreementDetails> changed) {
        setHeaderTitle(getTranslation("agreement.confirmation.title"));
        AgreementDetails.Confirmation known = agreement.confirmation();
        TextField court = new TextField(getTranslation("agreement.confirmation.court"));
        court.setValue(known != null ? known.court() : defaultCourt == null ? "" : defaultCourt);
        court.setMaxLength(200);
        court.setRequiredIndicatorVisible(true);
        TextField ruling = new TextField(getTranslation("agreement.confirmation.ruling"));
        ruling.setPlaceholder(getTranslation("agreement.confirmation.rulingExample"));
        ruling.setValue(known != null ? known.ruling() : "");
        ruling.setMaxLength(100);
        ruling.setRequiredIndicatorVisible(true);
        LocalDatePicker on = new LocalDatePicker(getTranslation("agreement.confirmation.date"));
        if (known != null) {
            on.setValue(known.confirmedOn());
        }
        on.setRequiredIndicatorVisible(true);
        Map<String, HasValidation> fields = Map.of("court", court, "ruling", ruling,
                "confirmedOn", on);
        Button save = new Button(getTranslation("action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                changed.accept(followUp.recordConfirmation(agreement.id(), court.getValue(), ruling.getValue(),
                        on.getValue()));
                close();
                Notifications.success(getTranslation("agreement.confirmation.saved"));
            } catch (InvalidInputException ex) {
                ex.fieldErrors().forEach((field, message) -> {
                    var target = fields.get(field);
                    if (target != null) {
                        target.setErrorMessage(message);
                        target.setInvalid(true);
                    }
                });
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(court, ruling, on);
        add(new Paragraph(getTranslation("agreement.confirmation.text")), form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        court.focus();
    }
}
