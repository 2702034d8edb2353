package org.redress.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
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
    final TextField earlyReason = new TextField();

    private final SessionConduct conduct;
    private final Consumer<SessionDetails> recorded;
    private final Clock clock;
    private SessionDetails session;

    OutcomeForm(SessionConduct conduct, Clock clock, Consumer<SessionDetails> recorded) {
        this.conduct = conduct;
        this.clock = clock;
        this.recorded = recorded;
        earlyReason.setLabel(getTranslation("session.earlyReason"));
        earlyReason.setMaxLength(1000);
        earlyReason.setWidth("24rem");
        earlyReason.setVisible(false);
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
        add(outcome, outcomeNote, nextDate, earlyReason, recordOutcome);
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
    }

    /**
     * Shows the session's recorded outcome; while none is recorded, what the user has typed for this session stays
     * (confirming no conflict of interest, or a change by someone else, re-shows the session).
     */
    void show(SessionDetails s, boolean mayRecord) {
        boolean typing = session != null && session.id() == s.id() && s.outcome() == null
                && (outcome.getValue() != null || !outcomeNote.isEmpty() || nextDate.getValue() != null);
        session = s;
        if (!typing) {
            outcome.setValue(s.outcome());
            outcomeNote.setValue(s.outcomeNote() == null ? "" : s.outcomeNote());
            nextDate.setValue(s.nextDate());
        }
        // Recording before the start needs a reason: the field is there for it from the outset.
        earlyReason.setVisible(mayRecord && s.outcome() == null && clock.instant().isBefore(s.start().toInstant()));
        outcome.setEnabled(mayRecord);
        outcomeNote.setEnabled(mayRecord);
        nextDate.setEnabled(mayRecord);
        recordOutcome.setEnabled(mayRecord);
    }

    void recordOutcome() {
        try {
            recorded.accept(conduct.recordOutcome(session.id(), outcome.getValue(), outcomeNote.getValue(),
                    nextDate.getValue(), earlyReason.isVisible() ? earlyReason.getValue() : null));
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
            if (e.text().key().equals("error.mediation.outcomeBeforeStart")) {
                earlyReason.setVisible(true);
                earlyReason.setInvalid(true);
                earlyReason.setErrorMessage(e.getMessage());
            } else {
                Notifications.error(e.getMessage());
            }
        }
    }
}
