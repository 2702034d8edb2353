package org.redress.base.api;

import java.util.List;
import java.util.Map;

/**
 * The body of every API error: a sentence for people and, for invalid input, one message per field both as a map
 * ({@code fieldErrors}) and as a list ({@code errors}) for clients that prefer either.
 */
public record ApiError(int status, String message, Map<String, String> fieldErrors, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, Map.of(), List.of());
    }

    public static ApiError invalid(Map<String, String> fieldErrors) {
        return new ApiError(400, "Invalid input", fieldErrors,
                fieldErrors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList());
    }
}
