package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.redress.agreement.ObligationKind;
import org.redress.agreement.ObligationLine;
import org.redress.base.ui.LocalDatePicker;

/** One obligation: who owes what to whom, by when. */
final class ObligationRow extends HorizontalLayout {

    final ComboBox<String> debtor = new ComboBox<>();
    final ComboBox<String> creditor = new ComboBox<>();
    final Select<ObligationKind> kind = new Select<>();
    final BigDecimalField amount = new BigDecimalField();
    final DatePicker due = new LocalDatePicker();
    final TextField description = new TextField();

    static final Set<String> PARTIES = Set.of("CONSUMER", "MERCHANT", "PLATFORM");

    ObligationRow(ObligationLine line, List<String> partyChoices, Runnable changed, Consumer<ObligationRow> removed) {
        for (ComboBox<String> party : List.of(debtor, creditor)) {
            party.setItems(partyChoices);
            party.setItemLabelGenerator(p -> PARTIES.contains(p) ? getTranslation("party." + p) : p);
            party.setWidth("9.5rem");
        }
        debtor.setAriaLabel(getTranslation("agreement.debtor"));
        debtor.setPlaceholder(getTranslation("agreement.debtor"));
        creditor.setAriaLabel(getTranslation("agreement.creditor"));
        creditor.setPlaceholder(getTranslation("agreement.creditor"));
        debtor.setValue(line.debtor());
        creditor.setValue(line.creditor());
        kind.setItems(ObligationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("ObligationKind." + k.name()));
        kind.setValue(line.kind());
        kind.setAriaLabel(getTranslation("agreement.kind"));
        kind.setWidth("9rem");
        amount.setValue(line.amount());
        amount.setPlaceholder("¥");
        amount.setAriaLabel(getTranslation("agreement.amount"));
        amount.setWidth("8rem");
        due.setValue(line.dueDate());
        due.setAriaLabel(getTranslation("agreement.due"));
        due.setWidth("10rem");
        description.setValue(line.description() == null ? "" : line.description());
        description.setPlaceholder(getTranslation("agreement.description"));
        description.setAriaLabel(getTranslation("agreement.description"));
        description.setMaxLength(1000);
        description.setWidth("12rem");
        amount.addValueChangeListener(e -> changed.run());
        kind.addValueChangeListener(e -> changed.run());
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> removed.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("agreement.removeObligation"));
        add(debtor, new Span("→"), creditor, kind, amount, due, description, remove);
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
    }

    ObligationLine value() {
        return new ObligationLine(debtor.getValue(), creditor.getValue(), kind.getValue(), amount.getValue(),
                due.getValue(), description.getValue());
    }

    void clearErrors() {
        debtor.setInvalid(false);
        creditor.setInvalid(false);
        kind.setInvalid(false);
        amount.setInvalid(false);
        description.setInvalid(false);
    }

    void showError(String field, String message) {
        switch (field) {
            case "debtor" -> {
                debtor.setInvalid(true);
                debtor.setErrorMessage(message);
            }
            case "creditor" -> {
                creditor.setInvalid(true);
                creditor.setErrorMessage(message);
            }
            case "kind" -> {
                kind.setInvalid(true);
                kind.setErrorMessage(message);
            }
            case "amount" -> {
                amount.setInvalid(true);
                amount.setErrorMessage(message);
            }
            default -> {
                description.setInvalid(true);
                description.setErrorMessage(message);
            }
        }
    }
}
