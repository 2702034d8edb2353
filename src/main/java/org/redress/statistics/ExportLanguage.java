package org.redress.statistics;

import java.util.Locale;
import org.redress.base.Texts;

/**
 * The language of an export's headers, values and notes: Chinese or English labels for people, or {@code codes}
 * (API field names and constants, notes in English) for machines. The API's {@code lang} parameter takes "zh-CN",
 * "en" or "codes".
 *
 * @param locale the labels' language; null for the machine-readable variant
 */
public record ExportLanguage(Locale locale) {

    public static final String CODES = "codes";

    public static ExportLanguage codes() {
        return new ExportLanguage(null);
    }

    public static ExportLanguage of(Locale locale) {
        return new ExportLanguage(Texts.effective(locale));
    }

    /** The {@code lang} parameter, or the fallback (the request's language) when it is not given. */
    public static ExportLanguage parse(String lang, Locale fallback) {
        if (lang == null || lang.isBlank()) {
            return of(fallback);
        }
        return CODES.equalsIgnoreCase(lang.strip()) ? codes() : of(Locale.forLanguageTag(lang.strip()));
    }

    public boolean isCodes() {
        return locale == null;
    }

    /** The language the notes are written in: English for the machine-readable variant. */
    Locale notesLocale() {
        return locale == null ? Locale.ROOT : locale;
    }

    /** A file name's suffix, so that the variants of one export do not overwrite each other. */
    String fileSuffix() {
        return isCodes() ? "_codes" : Texts.CHINESE.equals(locale) ? "_zh" : "_en";
    }
}
