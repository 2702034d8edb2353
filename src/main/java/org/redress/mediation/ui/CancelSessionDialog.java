package org.redress.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.Notifications;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionDetails;

/** Cancels a session after confirmation, with the reason (required) kept on the case's timeline. */
class CancelSessionDialog extends Dialog {

    CancelSessionDialog(SessionBooking booking, SessionDetails session, Consumer<SessionDetails> changed) {
        setHeaderTitle(getTranslation("session.cancelTitle"));
        TextArea reason = new TextArea(getTranslation("session.cancelReason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setRequired(true);
        Button confirm = new Button(getTranslation("session.cancel"), e -> {
            try {
                changed.accept(booking.cancel(session.id(), reason.getValue()));
                close();
                Notifications.success(getTranslation("session.cancelled"));
            } catch (InvalidInputException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new Paragraph(getTranslation("session.cancelText")), reason);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), confirm);
        setWidth("min(32rem, 96vw)");
    }
}
