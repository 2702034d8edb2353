package org.redress.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.LocalDate;
import java.util.Locale;
import org.redress.base.Texts;

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

    private String maxErrorKey;

    /**
     * No date after {@code max}, with the message under {@code messageKey}. The picker's own check gives the
     * message: with its texts set, it replaces any message a Binder validator sets for the same field.
     */
    public void notAfter(LocalDate max, String messageKey) {
        maxErrorKey = messageKey;
        setMax(max);
        setI18n(texts(WidgetTexts.of(this)));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setI18n(texts(attachEvent.getUI().getLocale()));
    }

    private DatePickerI18n texts(Locale locale) {
        DatePickerI18n i18n = WidgetTexts.datePicker(locale);
        return maxErrorKey == null ? i18n : i18n.setMaxErrorMessage(Texts.render(maxErrorKey, locale));
    }
}
