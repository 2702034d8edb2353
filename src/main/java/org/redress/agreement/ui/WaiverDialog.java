package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementObligations;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.Notifications;

/** Waives an obligation the creditor gave up, with the reason (required). */
class WaiverDialog extends Dialog {

    WaiverDialog(AgreementObligations tracking, AgreementDetails agreement, AgreementDetails.Line line,
                 Consumer<AgreementDetails> changed) {
        setHeaderTitle(getTranslation("agreement.waiveTitle", line.number()));
        TextArea reason = new TextArea(getTranslation("agreement.waiveReason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button ok = new Button(getTranslation("agreement.waive"), e -> {
            try {
                changed.accept(tracking.waive(agreement.id(), line.number(), reason.getValue()));
                close();
                Notifications.success(getTranslation("agreement.waived", line.number()));
            } catch (InvalidInputException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new Paragraph(getTranslation("agreement.waiveText")), reason);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
