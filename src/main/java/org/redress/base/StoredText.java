package org.redress.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that is stored once and read later in whichever language the reader has: audit trail values and status
 * reasons. A {@link Message} is stored as {@code §key§arg§arg} (a constant argument as {@code @Type.NAME}); reading
 * renders it in the reader's language. Plain text (what a person typed, or entries written before) is shown as it
 * is, except that constant names in it ({@code IN_MEDIATION}) are shown by their labels.
 */
public final class StoredText {

    private static final char MARK = '§';
    /** Separates the key and arguments of a message that is itself an argument (one level deep). */
    private static final char NESTED = '¶';
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");

    private StoredText() {
    }

    public static String of(Message message) {
        return encode(message, MARK, true);
    }

    /** A value for storing: a message encoded, a constant by name, anything else as its text. */
    public static String of(Object value) {
        return switch (value) {
            case null -> null;
            case Message m -> of(m);
            case Enum<?> e -> e.name();
            default -> value.toString();
        };
    }

    private static String encode(Message message, char mark, boolean nest) {
        StringBuilder stored = new StringBuilder().append(mark).append(message.key());
        for (Object arg : message.args()) {
            String part = switch (arg) {
                case Enum<?> e -> "@" + e.getDeclaringClass().getSimpleName() + "." + e.name();
                case Message m when m.args().isEmpty() -> "@" + m.key();
                case Message m when nest -> encode(m, NESTED, false);
                case Message m -> Texts.render(m, Locale.ROOT);
                // A value already stored as a message (a status reason) nests as one.
                case String text when nest && !text.isEmpty() && text.charAt(0) == MARK
                        && text.indexOf(NESTED) < 0 -> text.replace(MARK, NESTED);
                default -> String.valueOf(arg).replace(MARK, ' ').replace(NESTED, ' ');
            };
            stored.append(mark).append(part);
        }
        return stored.toString();
    }

    /** Encodes {@code Message.of(key, args)} for storing. */
    public static String encode(String key, Object... args) {
        return of(Message.of(key, args));
    }

    /**
     * The stored text for the reader. {@code constantTypes} say which constants a plain value may hold, in order
     * of preference (e.g. {@code ComplaintStatus} for a status field).
     */
    public static String render(String stored, Locale locale, String... constantTypes) {
        if (stored == null) {
            return null;
        }
        if (!stored.isEmpty() && stored.charAt(0) == MARK) {
            return decode(stored, MARK, locale);
        }
        Matcher constant = CONSTANT.matcher(stored);
        StringBuilder shown = new StringBuilder();
        while (constant.find()) {
            constant.appendReplacement(shown, Matcher.quoteReplacement(constantLabel(constant.group(), locale,
                    constantTypes)));
        }
        constant.appendTail(shown);
        return shown.toString();
    }

    private static String decode(String stored, char mark, Locale locale) {
        String[] parts = stored.substring(1).split(String.valueOf(mark), -1);
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            args.add(part.startsWith("@") ? label(part.substring(1), locale)
                    : !part.isEmpty() && part.charAt(0) == NESTED ? decode(part, NESTED, locale) : part);
        }
        return Texts.render(new Message(parts[0], args), locale);
    }

    private static String label(String key, Locale locale) {
        String label = Texts.pattern(key, locale);
        return label == null ? key.substring(key.lastIndexOf('.') + 1) : label;
    }

    private static String constantLabel(String name, Locale locale, String... types) {
        for (String type : types) {
            String label = Texts.pattern(type + "." + name, locale);
            if (label != null) {
                return label;
            }
        }
        for (String type : KNOWN) {
            String label = Texts.pattern(type + "." + name, locale);
            if (label != null) {
                return label;
            }
        }
        return name;
    }

    /** Constant types whose names may appear in stored text, most likely first. */
    private static final String[] KNOWN = {"ComplaintStatus", "DisputeStatus", "SessionStatus", "SessionOutcome",
            "ConsentDecision", "Channel", "PaymentMethod", "Category", "EscalationTarget", "SignatureMethod",
            "ObligationKind", "ObligationStatus", "AgreementStatus", "party", "role", "TieKind"};
}
