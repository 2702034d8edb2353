package org.redress.base;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads search parameters as they arrive in a URL (the API's query string, the search view's bookmarkable
 * location): multi-valued filters as repeated or comma-separated values, constants by name, ISO dates. Collects
 * every problem so that the caller can answer with one message per parameter.
 */
public final class SearchParameters {

    private final Map<String, Message> errors = new TreeMap<>();

    public Set<String> strings(String name, List<String> values) {
        Set<String> result = new LinkedHashSet<>();
        if (values != null) {
            values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).filter(v -> !v.isEmpty())
                    .forEach(result::add);
        }
        return result;
    }

    public <E extends Enum<E>> Set<E> constants(String name, List<String> values, Class<E> type) {
        Set<E> result = new LinkedHashSet<>();
        for (String value : strings(name, values)) {
            try {
                result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put(name, Message.of("error.base.notOne", value, Arrays.toString(type.getEnumConstants())));
            }
        }
        return result;
    }

    public LocalDate date(String name, String value) {
        return parse(name, value, LocalDate::parse, Message.of("param.isoDate"));
    }

    /** An amount as stored: 0 to 10,000,000 with at most two decimals. */
    public BigDecimal amount(String name, String value) {
        BigDecimal amount = parse(name, value, BigDecimal::new, Message.of("param.amount"));
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2)) {
            errors.put(name, Message.of("error.base.amountFromMostTwo"));
            return null;
        }
        return amount;
    }

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

    /** Free text from a URL: refused when it holds what no person types (TextRules). */
    public String text(String name, String value) {
        Message problem = TextRules.problem(value, false);
        if (problem != null) {
            errors.put(name, problem);
            return null;
        }
        return value;
    }

    /** A value read by {@code parser}, whose IllegalArgumentException says what is wrong with it. */
    public <T> T value(String name, String value, Function<String, T> parser, T fallback) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            errors.put(name, Message.of("error.base.notValidValue", value));
            return fallback;
        }
    }

    public int number(String name, String value, int fallback, int min, int max) {
        Integer parsed = parse(name, value, Integer::valueOf, Message.of("param.wholeNumber"));
        if (parsed == null) {
            return fallback;
        }
        if (parsed < min || parsed > max) {
            errors.put(name, Message.of("error.base.mustBetween", min, max));
        }
        return parsed;
    }

    /** Records a problem with a parameter that the caller checked itself. */
    public void reject(String name, Message message) {
        errors.put(name, message);
    }

    /** Throws when any parameter was wrong. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private <T> T parse(String name, String value, Function<String, T> parser, Message what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (DateTimeParseException | NumberFormatException e) {
            errors.put(name, Message.of("error.base.not", value, what));
            return null;
        }
    }
}
