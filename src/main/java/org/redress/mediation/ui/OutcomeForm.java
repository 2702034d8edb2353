package org.redress.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.LocalDatePicker;
import org.redress.base.ui.Notifications;
import org.redress.mediation.SessionConduct;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionOutcome;

/** How the session ended: the outcome, a note, and for an adjourned session the date it continues on. */
class OutcomeForm extends HorizontalLayout {

    final Select<SessionOutcome> outcome = new Select<>();
    final TextField outcomeNote = new TextField();
    final DatePicker nextDate = new LocalDatePicker();
    final Button recordOutcome = new Button();

    private final SessionConduct conduct;
    private final Consumer<SessionDetails> recorded;
    private SessionDetails session;

    OutcomeForm(SessionConduct conduct, Consumer<SessionDetails> recorded) {
        this.conduct = conduct;
        this.recorded = recorded;
        outcome.setLabel(getTranslation("session.outcome"));
        outcome.setItems(SessionOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("SessionOutcome." + o.name()));
        outcome.addValueChangeListener(e -> nextDate.setVisible(e.getValue() == SessionOutcome.ADJOURNED));
        outcomeNote.setLabel(getTranslation("session.outcomeNote"));
        outcomeNote.setMaxLength(1000);
        outcomeNote.setWidth("24rem");
        nextDate.setLabel(getTranslation("session.nextDate"));
        nextDate.setVisible(false);
        recordOutcome.setText(getTranslation("session.recordOutcome"));
        recordOutcome.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordOutcome.addClickListener(e -> recordOutcome());
        add(outcome, outcomeNote, nextDate, recordOutcome);
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
    }

    void show(SessionDetails s, boolean mayRecord) {
        session = s;
        outcome.setValue(s.outcome());
        outcome.setEnabled(mayRecord);
        outcomeNote.setValue(s.outcomeNote() == null ? "" : s.outcomeNote());
        outcomeNote.setEnabled(mayRecord);
        nextDate.setValue(s.nextDate());
        nextDate.setEnabled(mayRecord);
        recordOutcome.setEnabled(mayRecord);
    }

    void recordOutcome() {
        try {
            recorded.accept(conduct.recordOutcome(session.id(), outcome.getValue(), outcomeNote.getValue(),
                    nextDate.getValue()));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> {
                switch (field) {
                    case "nextDate" -> {
                        nextDate.setInvalid(true);
                        nextDate.setErrorMessage(message);
                    }
                    case "outcomeNote" -> {
                        outcomeNote.setInvalid(true);
                        outcomeNote.setErrorMessage(message);
                    }
                    default -> {
                        outcome.setInvalid(true);
                        outcome.setErrorMessage(message);
                    }
                }
            });
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }
}
