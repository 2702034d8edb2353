package org.redress.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/** A date and time picker whose calendar speaks the user's language (see {@link WidgetTexts}). */
public class LocalDateTimePicker extends DateTimePicker {

    public LocalDateTimePicker() {
        setDatePickerI18n(WidgetTexts.datePicker(WidgetTexts.of(this)));
    }

    public LocalDateTimePicker(String label) {
        this();
        setLabel(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setDatePickerI18n(WidgetTexts.datePicker(attachEvent.getUI().getLocale()));
    }
}
