package org.redress.statistics;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redress.base.Message;
import org.redress.base.Texts;

/** The lines an export starts with: what it is, for which filter, and what small-cell protection did. */
final class ExportNotes {

    private ExportNotes() {
    }

    static List<String> of(StatisticsFilter filter, String user, int minConsumers, Message suppression, Clock clock,
                           ExportLanguage language) {
        Locale locale = language.notesLocale();
        return List.of(
                Texts.render(Message.of("export.note.title", ZonedDateTime.now(clock)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), user), locale),
                Texts.render(Message.of("export.note.filter", describe(filter, language)), locale),
                Texts.render(Message.of("export.note.smallCells", minConsumers, suppression), locale),
                Texts.render("export.note.noPersonalData", locale),
                Texts.render("export.note.definitions", locale));
    }

    /** The filter as a reader of the file understands it; the machine-readable variant keeps the codes. */
    static String describe(StatisticsFilter filter, ExportLanguage language) {
        if (language.isCodes()) {
            return filter.describe().replace('_', ' ');
        }
        Locale locale = language.locale();
        List<String> parts = new ArrayList<>();
        parts.add((filter.from() == null ? "…" : filter.from().toString()) + " – "
                + (filter.to() == null ? "…" : filter.to().toString()));
        for (Object part : new Object[] {filter.platform(), filter.category(), filter.paymentMethod(),
                filter.province(), filter.status()}) {
            if (part != null) {
                parts.add(Texts.render(Message.of("export.filter.part", part), locale));
            }
        }
        return String.join(Texts.CHINESE.equals(locale) ? "，" : ", ", parts);
    }
}
