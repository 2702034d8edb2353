package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.AgreementStatus;
import org.redress.agreement.SigningCodeSent;
import org.redress.agreement.SignatureMethod;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * Records one party's signature: in person (before the agreement's mediator), or by the one-time code sent to the
 * party and read back. Field errors stay in the dialog with what was typed.
 */
class SignatureDialog extends Dialog {

    SignatureDialog(AgreementSigning signing, AgreementDetails agreement, AgreementDetails.Party party, ZoneId zone,
                    Consumer<AgreementDetails> changed) {
        setHeaderTitle(getTranslation("agreement.signTitle", getTranslation("PartyRole." + party.role().name()),
                party.printedName()));
        TextField signer = new TextField(getTranslation("agreement.signerName"));
        signer.setValue(party.printedName() == null ? "" : party.printedName());
        signer.setMaxLength(100);
        TextField capacity = new TextField(getTranslation("agreement.capacity"));
        capacity.setPlaceholder(getTranslation("agreement.capacityHint"));
        capacity.setMaxLength(100);
        RadioButtonGroup<SignatureMethod> method = new RadioButtonGroup<>(getTranslation("agreement.method"));
        method.setItems(SignatureMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("SignatureMethod." + m.name()));
        method.setValue(SignatureMethod.IN_PERSON);
        TextField code = new TextField(getTranslation("agreement.code"));
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        Paragraph sent = new Paragraph();
        sent.addClassName("view-hint");
        Button send = new Button(getTranslation("agreement.sendCode"), e -> {
            try {
                SigningCodeSent issued = signing.issueSigningCode(agreement.id(), party.party());
                sent.setText(getTranslation("agreement.codeSent", getTranslation("NoticeChannel." + issued.channel()),
                        issued.sentTo(), DateTimeFormatter.ofPattern("HH:mm").format(issued.expiresAt().atZone(zone))));
            } catch (BusinessRuleException | InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div codeBox = new Div(new HorizontalLayout(send, code), sent);
        codeBox.setVisible(false);
        method.addValueChangeListener(e -> codeBox.setVisible(e.getValue() == SignatureMethod.ONE_TIME_CODE));
        Runnable record = () -> {
            try {
                String typed = method.getValue() == SignatureMethod.ONE_TIME_CODE ? code.getValue() : null;
                if (method.getValue() == SignatureMethod.ONE_TIME_CODE && (typed == null || typed.isBlank())) {
                    code.setInvalid(true);
                    code.setErrorMessage(getTranslation("agreement.codeRequired"));
                    return;
                }
                AgreementDetails signed = signing.sign(agreement.id(), party.party(), signer.getValue(),
                        capacity.getValue(), method.getValue(), typed);
                changed.accept(signed);
                close();
                Notifications.success(signed.status() == AgreementStatus.BINDING
                        ? getTranslation("agreement.nowBinding") : getTranslation("agreement.signatureRecorded"));
            } catch (InvalidInputException ex) {
                ex.fieldErrors().forEach((field, message) -> {
                    TextField target = "capacity".equals(field) ? capacity : "code".equals(field) ? code : signer;
                    target.setInvalid(true);
                    target.setErrorMessage(message);
                });
            } catch (BusinessRuleException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.getMessage());
            } catch (AccessDeniedException ex) {
                // Only the agreement's mediator records a signature given in person: say so, keep what was typed.
                Notifications.error(ex.getMessage());
            }
        };
        boolean last = agreement.parties().stream().filter(p -> !p.party().equals(party.party()))
                .allMatch(AgreementDetails.Party::signed);
        // The last signature makes the agreement binding and freezes it: the mediator confirms that step.
        Button ok = new Button(getTranslation("agreement.recordSignature"), e -> {
            if (last) {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("agreement.bindTitle"),
                        getTranslation("agreement.bindText"), getTranslation("agreement.bindConfirm"),
                        confirmed -> record.run());
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            } else {
                record.run();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(signer, capacity, method, codeBox);
        form.setPadding(false);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
