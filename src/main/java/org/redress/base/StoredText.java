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

    /**
     * Separators by depth: a message is {@code §key§arg}, a message that is its argument {@code ¶key¶arg}, and one
     * level more {@code ¦key¦arg} (a session entry on a dispute member's timeline nests three deep).
     */
    private static final char[] MARKS = {'§', '¶', '¦'};
    private static final char MARK = MARKS[0];
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");

    private StoredText() {
    }

    public static String of(Message message) {
        return encode(message, 0);
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

    private static String encode(Message message, int depth) {
        char mark = MARKS[depth];
        StringBuilder stored = new StringBuilder().append(mark).append(message.key());
        for (Object arg : message.args()) {
            String part = switch (arg) {
                case Enum<?> e -> "@" + e.getDeclaringClass().getSimpleName() + "." + e.name();
                case Message m when m.args().isEmpty() -> "@" + m.key();
                case Message m when depth + 1 < MARKS.length -> encode(m, depth + 1);
                case Message m -> Texts.render(m, Locale.ROOT);
                // A value already stored as a message (a status reason, a session entry) nests as one.
                case String text when depthOf(text) >= 0 && depth + 1 + depthOf(text) < MARKS.length ->
                        shift(text, depth + 1);
                default -> plain(String.valueOf(arg));
            };
            stored.append(mark).append(part);
        }
        return stored.toString();
    }

    /** How many levels deep an encoded value goes (0: no nested message), or -1 when it is plain text. */
    private static int depthOf(String text) {
        if (text.isEmpty() || text.charAt(0) != MARK) {
            return -1;
        }
        int depth = 0;
        for (int i = 1; i < MARKS.length; i++) {
            if (text.indexOf(MARKS[i]) >= 0) {
                depth = i;
            }
        }
        return depth;
    }

    /** An encoded value moved {@code levels} down, so that it can be an argument. */
    private static String shift(String encoded, int levels) {
        StringBuilder shifted = new StringBuilder(encoded);
        for (int i = 0; i < shifted.length(); i++) {
            for (int d = MARKS.length - 1 - levels; d >= 0; d--) {
                if (shifted.charAt(i) == MARKS[d]) {
                    shifted.setCharAt(i, MARKS[d + levels]);
                    break;
                }
            }
        }
        return shifted.toString();
    }

    private static String plain(String text) {
        String plain = text;
        for (char mark : MARKS) {
            plain = plain.replace(mark, ' ');
        }
        return plain;
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
            return decode(stored, 0, locale);
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

    private static String decode(String stored, int depth, Locale locale) {
        String[] parts = stored.substring(1).split(String.valueOf(MARKS[depth]), -1);
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            boolean nested = depth + 1 < MARKS.length && !part.isEmpty() && part.charAt(0) == MARKS[depth + 1];
            args.add(part.startsWith("@") ? label(part.substring(1), locale)
                    : nested ? decode(part, depth + 1, locale) : part);
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
