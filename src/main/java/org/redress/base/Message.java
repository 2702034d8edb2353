package org.redress.base;

import java.util.Arrays;
import java.util.List;

/**
 * A text for people, as a key of the message bundles and its arguments, so that it is written in the language of
 * whoever reads it: the portal user's, or the API client's {@code Accept-Language}. Arguments that are constants
 * (enums) or messages themselves are shown by their own labels.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args).map(a -> a == null ? "—" : a).toList());
    }

    /** The text in the language of the current request or portal session (see {@link Texts}). */
    public String text() {
        return Texts.render(this, Texts.currentLocale());
    }

    @Override
    public String toString() {
        return Texts.render(this, Texts.currentLocale());
    }
}
