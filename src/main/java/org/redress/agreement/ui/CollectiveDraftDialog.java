package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.CollectiveSettlement;
import org.redress.agreement.EntitlementBasis;
import org.redress.agreement.SettlementTerms;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.LocalDatePicker;
import org.redress.base.ui.Notifications;

/**
 * The terms of a class's collective agreement: what each consenting member's share is computed from, the percentage,
 * and the instalments. The draft that results lists every member and stays editable member by member.
 */
class CollectiveDraftDialog extends Dialog {

    final Select<EntitlementBasis> basis = new Select<>();
    final BigDecimalField percent = new BigDecimalField();
    final IntegerField instalments = new IntegerField();
    final DatePicker firstDue;
    final IntegerField interval = new IntegerField();
    final Button draft = new Button();

    CollectiveDraftDialog(CollectiveSettlement settlement, long disputeId, long consenting, Clock clock) {
        setHeaderTitle(getTranslation("settlement.dialogTitle"));
        basis.setLabel(getTranslation("settlement.basis"));
        basis.setItems(EntitlementBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation("settlement.basis." + b.name()));
        basis.setValue(EntitlementBasis.PAID);
        percent.setLabel(getTranslation("settlement.percent"));
        percent.setValue(new BigDecimal("100"));
        percent.setSuffixComponent(new Span("%"));
        instalments.setLabel(getTranslation("settlement.instalments"));
        instalments.setMin(1);
        instalments.setMax(36);
        instalments.setStepButtonsVisible(true);
        instalments.setValue(1);
        firstDue = new LocalDatePicker(getTranslation("settlement.firstDue"), LocalDate.now(clock).plusDays(15));
        firstDue.setMin(LocalDate.now(clock));
        interval.setLabel(getTranslation("settlement.interval"));
        interval.setMin(1);
        interval.setMax(12);
        interval.setStepButtonsVisible(true);
        interval.setValue(1);
        FormLayout form = new FormLayout(basis, percent, instalments, firstDue, interval);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        Paragraph hint = new Paragraph(getTranslation("settlement.dialogHint", consenting));
        hint.addClassName("view-hint");
        add(hint, form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        draft.setText(getTranslation("settlement.draft"));
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.setDisableOnClick(true);
        draft.addClickListener(e -> {
            try {
                AgreementDetails drafted = settlement.draft(new SettlementTerms(disputeId, basis.getValue(),
                        percent.getValue(), instalments.getValue(), firstDue.getValue(), interval.getValue(), null));
                Notifications.success(getTranslation("settlement.drafted", drafted.id(),
                        drafted.obligations().size()));
                // Navigate while the dialog is still attached: once closed it has no UI.
                getUI().ifPresent(ui -> ui.navigate("agreements/" + drafted.id()));
                close();
            } catch (InvalidInputException ex) {
                show(ex.fieldErrors());
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            } finally {
                draft.setEnabled(true);
            }
        });
        getFooter().add(cancel, draft);
    }

    private void show(Map<String, String> errors) {
        percent.setInvalid(errors.containsKey("percent"));
        percent.setErrorMessage(errors.get("percent"));
        instalments.setInvalid(errors.containsKey("instalments"));
        instalments.setErrorMessage(errors.get("instalments"));
        firstDue.setInvalid(errors.containsKey("firstDueDate"));
        firstDue.setErrorMessage(errors.get("firstDueDate"));
        interval.setInvalid(errors.containsKey("intervalMonths"));
        interval.setErrorMessage(errors.get("intervalMonths"));
    }
}
