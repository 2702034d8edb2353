package org.redress.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.redress.base.Texts;

/**
 * The texts of Vaadin's own widgets (calendar, upload) in the user's language, from the message bundles. Dates are
 * written and typed as 2027-01-15 in both languages (2027/1/15 and 2027.1.15 are read too), as Chinese forms do.
 */
public final class WidgetTexts {

    private WidgetTexts() {
    }

    public static DatePicker.DatePickerI18n datePicker(Locale locale) {
        Locale shown = Texts.effective(locale).equals(Texts.CHINESE) ? Texts.CHINESE : Locale.ENGLISH;
        List<String> months = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, shown))
                .toList();
        // Vaadin counts weekdays from Sunday.
        List<DayOfWeek> fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).limit(6)).toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, shown)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, shown)).toList())
                .setFirstDayOfWeek(1)
                .setToday(Texts.render("widget.today", locale))
                .setCancel(Texts.render("action.cancel", locale))
                .setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd")
                .setBadInputErrorMessage(Texts.render("widget.badDate", locale))
                .setRequiredErrorMessage(Texts.render("validation.required", locale));
    }

    public static UploadI18N upload(Locale locale) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("widget.upload.addOne", locale))
                .setMany(t("widget.upload.addMany", locale)));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("widget.upload.dropOne", locale))
                .setMany(t("widget.upload.dropMany", locale)));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t("widget.upload.tooMany", locale))
                .setFileIsTooBig(t("widget.upload.tooBig", locale))
                .setIncorrectFileType(t("widget.upload.wrongType", locale)));
        i18n.setFile(new UploadI18N.File().setRetry(t("widget.upload.retry", locale))
                .setStart(t("widget.upload.start", locale)).setRemove(t("widget.upload.remove", locale)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t("widget.upload.connecting", locale))
                        .setStalled(t("widget.upload.stalled", locale))
                        .setProcessing(t("widget.upload.processing", locale))
                        .setHeld(t("widget.upload.held", locale)))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t("widget.upload.remaining", locale))
                        .setUnknown(t("widget.upload.remainingUnknown", locale)))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t("widget.upload.serverUnavailable", locale))
                        .setUnexpectedServerError(t("widget.upload.serverError", locale))
                        .setForbidden(t("widget.upload.forbidden", locale))
                        .setFileTooLarge(t("widget.upload.tooBig", locale))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    /** The locale the component will be shown in: its UI's, or the portal's first language before it is attached. */
    public static Locale of(Component component) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        return ui == null || ui.getLocale() == null ? Texts.CHINESE : ui.getLocale();
    }

    private static String t(String key, Locale locale) {
        return Texts.render(key, locale);
    }
}
