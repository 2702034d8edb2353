package org.redress.base.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.base.Message;
import org.redress.base.Texts;

/**
 * The body of every API error: a sentence for people in the client's language and, for invalid input, one message
 * per field both as a map ({@code fieldErrors}) and as a list ({@code errors}) for clients that prefer either;
 * {@code code} is the message's key, the same in every language, for programs.
 */
public record ApiError(int status, String message, Map<String, String> fieldErrors, List<FieldError> errors,
                       String code) {

    public record FieldError(String field, String message, String code) {
    }

    public static ApiError of(int status, Message message, Locale locale) {
        return new ApiError(status, Texts.render(message, locale), Map.of(), List.of(), message.key());
    }

    public static ApiError of(int status, String key, Locale locale, Object... args) {
        return of(status, Message.of(key, args), locale);
    }

    public static ApiError invalid(Map<String, Message> fields, Locale locale) {
        Map<String, String> rendered = new LinkedHashMap<>();
        fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> rendered.put(e.getKey(), Texts.render(e.getValue(), locale)));
        return new ApiError(400, Texts.render("api.invalidInput", locale), rendered,
                fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new FieldError(e.getKey(), rendered.get(e.getKey()), e.getValue().key())).toList(),
                "api.invalidInput");
    }
}
