package org.redress.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What counts as text a person could have typed. Refused everywhere: control characters (tab and line breaks are
 * allowed in long text), unpaired surrogates (not characters at all; databases and exports choke on them) and the
 * bidirectional overrides and isolates, which can make a name or a number read differently from what it is. A
 * value made only of invisible characters (a lone zero-width space) is refused too.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why the value is not acceptable text, or null when it is (also for null). */
    public static Message problem(String value, boolean multiline) {
        if (value == null) {
            return null;
        }
        boolean visible = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    visible = true;
                    continue;
                }
                return Message.of("text.brokenCharacter");
            }
            if (Character.isLowSurrogate(c)) {
                return Message.of("text.brokenCharacter");
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiline) {
                    return Message.of("text.oneLine");
                }
                continue;
            }
            if (Character.isISOControl(c)) {
                return Message.of("text.controlCharacter", String.format("U+%04X", (int) c));
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                    || c == '\u200F' || c == '\u061C') {
                return Message.of("text.directionCharacter", String.format("U+%04X", (int) c));
            }
            if (!Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) {
                visible = true;
            }
        }
        return visible || value.isEmpty() ? null : Message.of("text.invisible");
    }

    /** Adds an error for the field when the value is not acceptable text or is longer than {@code max}. */
    public static void check(Map<String, Message> errors, String field, String value, int max, boolean multiline) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.putIfAbsent(field, Message.of("error.base.mostCharacters", max));
            return;
        }
        Message problem = problem(value, multiline);
        if (problem != null) {
            errors.putIfAbsent(field, problem);
        }
    }

    /** Throws {@link InvalidInputException} naming the field when the value is not acceptable. */
    public static String require(String field, String value, int max, boolean multiline) {
        Map<String, Message> errors = new LinkedHashMap<>();
        check(errors, field, value, max, multiline);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return value;
    }
}
