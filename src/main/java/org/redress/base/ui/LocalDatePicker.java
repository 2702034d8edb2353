package org.redress.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;

/** A date picker that speaks the user's language and reads dates as 2027-01-15 (see {@link WidgetTexts}). */
public class LocalDatePicker extends DatePicker {

    public LocalDatePicker() {
        setI18n(WidgetTexts.datePicker(WidgetTexts.of(this)));
    }

    public LocalDatePicker(String label) {
        this();
        setLabel(label);
    }

    public LocalDatePicker(String label, LocalDate value) {
        this(label);
        setValue(value);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setI18n(WidgetTexts.datePicker(attachEvent.getUI().getLocale()));
    }
}
