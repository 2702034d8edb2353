package org.redress.respondent.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.redress.base.InvalidInputException;
import org.redress.base.MessageException;
import org.redress.base.ui.Notifications;
import org.redress.complaint.EscalationTarget;
import org.redress.respondent.NextStep;
import org.redress.respondent.ReferralFollowUp;
import org.redress.respondent.ReferralView;

/**
 * After an answer: what the consumer says of it (settled or not) and what staff do next. Closing needs the
 * consumer's "settled"; the dialog says so instead of offering a step the service would refuse.
 */
class ReferralFollowUpDialogs {

    private final ReferralFollowUp followUp;
    private final Runnable reload;
    Dialog open;

    ReferralFollowUpDialogs(ReferralFollowUp followUp, Runnable reload) {
        this.followUp = followUp;
        this.reload = reload;
    }

    void confirm(ReferralView referral) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("referral.recordConsumerTitle", referral.caseNumber()));
        RadioButtonGroup<Boolean> settled = new RadioButtonGroup<>(t("referral.consumerSays"));
        settled.setItems(Boolean.TRUE, Boolean.FALSE);
        settled.setItemLabelGenerator(v -> t(v ? "referral.saysSettled" : "referral.saysNotSettled"));
        settled.setRequiredIndicatorVisible(true);
        settled.setValue(referral.consumerSettled());
        TextArea note = new TextArea(t("referral.consumerNote"));
        note.setMaxLength(1000);
        note.setWidthFull();
        dialog.add(new VerticalLayout(settled, note));
        footer(dialog, t("action.save"), () -> followUp.confirm(referral.id(), settled.getValue(), note.getValue()),
                message -> {
                    settled.setInvalid(true);
                    settled.setErrorMessage(message);
                }, note);
    }

    void decide(ReferralView referral) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("referral.decideTitle", referral.caseNumber()));
        Select<NextStep> step = new Select<>();
        step.setLabel(t("referral.nextStep"));
        step.setItems(NextStep.values());
        step.setItemLabelGenerator(s -> t("NextStep." + s.name()));
        step.setItemEnabledProvider(s -> s != NextStep.CLOSE || Boolean.TRUE.equals(referral.consumerSettled()));
        step.setHelperText(Boolean.TRUE.equals(referral.consumerSettled()) ? null : t("referral.closeNeedsConsumer"));
        step.setValue(NextStep.MEDIATION);
        Select<EscalationTarget> target = new Select<>();
        target.setLabel(t("transition.escalationTarget"));
        target.setItems(EscalationTarget.values());
        target.setItemLabelGenerator(v -> t("EscalationTarget." + v.name()));
        target.setVisible(false);
        step.addValueChangeListener(e -> target.setVisible(e.getValue() == NextStep.ESCALATION));
        TextArea reason = new TextArea(t("referral.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        dialog.add(new VerticalLayout(step, target, reason));
        footer(dialog, t("referral.takeStep"), () -> followUp.decide(referral.id(), step.getValue(),
                reason.getValue(), target.getValue()), message -> {
                    target.setInvalid(target.isVisible());
                    target.setErrorMessage(message);
                }, reason);
    }

    private void footer(Dialog dialog, String label, Supplier<ReferralView> action,
                        Consumer<String> firstFieldError, TextArea text) {
        Button cancel = new Button(t("action.cancel"), e -> dialog.close());
        Button save = new Button(label, e -> {
            try {
                action.get();
                dialog.close();
                Notifications.success(t("referral.followUpSaved"));
                reload.run();
            } catch (InvalidInputException ex) {
                String textError = ex.fieldErrors().getOrDefault("note", ex.fieldErrors().get("reason"));
                text.setInvalid(textError != null);
                text.setErrorMessage(textError);
                ex.fieldErrors().entrySet().stream().filter(f -> !f.getKey().equals("note")
                        && !f.getKey().equals("reason")).findFirst().ifPresent(f -> firstFieldError.accept(
                        f.getValue()));
            } catch (MessageException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, save);
        open = dialog;
        dialog.open();
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
