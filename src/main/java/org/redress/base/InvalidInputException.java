package org.redress.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that fails validation; carries one message per field so forms and the API can show them where they belong,
 * each in the reader's language.
 */
public class InvalidInputException extends RuntimeException {

    private final transient Map<String, Message> fields;

    public InvalidInputException(Map<String, Message> fields) {
        super("Invalid input: " + fields.keySet());
        this.fields = Map.copyOf(fields);
    }

    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(Map.of(field, Message.of(key, args)));
    }

    public Map<String, Message> fieldMessages() {
        return fields;
    }

    /** The messages rendered for the current reader, by field, in the order of the field names. */
    public Map<String, String> fieldErrors() {
        Map<String, String> rendered = new LinkedHashMap<>();
        fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> rendered.put(e.getKey(), e.getValue().text()));
        return rendered;
    }

    @Override
    public String getMessage() {
        return "Invalid input: " + fieldErrors();
    }
}
