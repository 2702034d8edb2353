package org.redress.base;

import java.text.Format;
import java.text.MessageFormat;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The message bundles (vaadin-i18n/translations, Chinese and English) for code outside the views: services raise
 * {@link Message}s, and whoever shows one renders it here in the reader's language. Which language that is comes
 * from the portal session or the API request (set by the web layer at start-up); English where there is neither, as
 * in the logs.
 */
public final class Texts {

    public static final String BUNDLE = "vaadin-i18n/translations";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile Supplier<Locale> currentLocale = () -> null;

    private Texts() {
    }

    /** Chinese for any Chinese locale, English for everything else. */
    public static Locale effective(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : Locale.ROOT;
    }

    /** The pattern for the key in the locale's bundle, or null when the bundle has no such key. */
    public static String pattern(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, effective(locale), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** A view's text: numbers in plain placeholders are formatted for the locale ("12,345"). */
    public static String render(String key, Locale locale, Object... args) {
        return render(key, locale, false, args);
    }

    /** A service's message: ids and amounts in plain placeholders are shown as written ("session #1234"). */
    public static String render(Message message, Locale locale) {
        return render(message.key(), locale, true, message.args().toArray());
    }

    private static String render(String key, Locale locale, boolean numbersAsWritten, Object... args) {
        String pattern = pattern(key, locale);
        if (pattern == null) {
            return key;
        }
        if (args.length == 0) {
            // Written for MessageFormat either way: a doubled quote is one quote, with or without arguments.
            return pattern.replace("''", "'");
        }
        MessageFormat format = new MessageFormat(pattern, effective(locale));
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // A plain {n} shows ids, counts and amounts as written (MessageFormat would group them: "1,234");
            // a {n,number} or {n,choice} keeps the number.
            boolean plain = i >= formats.length || formats[i] == null;
            shown[i] = args[i] instanceof Number n && !(plain && numbersAsWritten) ? n : shown(args[i], locale);
        }
        return format.format(shown);
    }

    /** How an argument reads: constants and messages by their labels, numbers and dates as written, lists joined. */
    private static Object shown(Object arg, Locale locale) {
        return switch (arg) {
            case Message m -> render(m, locale);
            case Enum<?> e -> {
                String label = pattern(e.getDeclaringClass().getSimpleName() + "." + e.name(), locale);
                yield label == null ? e.name() : label;
            }
            case Collection<?> c -> c.stream().map(v -> String.valueOf(shown(v, locale)))
                    .collect(Collectors.joining(effective(locale).equals(CHINESE) ? "、" : ", "));
            case Number n -> n.toString();
            case TemporalAccessor t -> t.toString();
            default -> arg;
        };
    }

    /** The locale of the current portal session or API request; registered once by the web layer. */
    public static Locale currentLocale() {
        Locale locale = currentLocale.get();
        return locale == null ? Locale.ENGLISH : locale;
    }

    public static void useLocaleOf(Supplier<Locale> source) {
        currentLocale = source;
    }
}
