package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementFollowUp;
import org.redress.base.BusinessRuleException;
import org.redress.base.ui.Notifications;
import org.redress.complaint.EscalationTarget;
import org.springframework.security.access.AccessDeniedException;

/** Escalates the unpaid consumers' cases of an overdue agreement to arbitration, a court, the police or a regulator. */
class EscalationDialog extends Dialog {

    EscalationDialog(AgreementFollowUp followUp, AgreementDetails agreement, Runnable changed) {
        setHeaderTitle(getTranslation("agreement.escalateTitle", agreement.id()));
        Select<EscalationTarget> target = new Select<>();
        target.setLabel(getTranslation("agreement.escalateTo"));
        target.setItems(EscalationTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("EscalationTarget." + t.name()));
        TextArea note = new TextArea(getTranslation("agreement.note"));
        note.setWidthFull();
        note.setMaxLength(500);
        Button ok = new Button(getTranslation("agreement.escalate"), e -> {
            if (target.isEmpty()) {
                target.setInvalid(true);
                target.setErrorMessage(getTranslation("agreement.chooseTarget"));
                return;
            }
            try {
                List<String> cases = followUp.escalate(agreement.id(), target.getValue(), note.getValue());
                close();
                Notifications.success(getTranslation("agreement.escalated", String.join(", ", cases)));
                changed.run();
            } catch (BusinessRuleException | AccessDeniedException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new Paragraph(getTranslation("agreement.escalateText")), target, note);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
