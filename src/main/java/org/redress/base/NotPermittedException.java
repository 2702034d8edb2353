package org.redress.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * Spring Security's access refusal with a {@link Message} saying who may do it instead, so that the portal can tell
 * the user in their language; the API answers 403 like for any other refusal.
 */
public class NotPermittedException extends AccessDeniedException {

    private final transient Message text;

    public NotPermittedException(String key, Object... args) {
        super(key);
        this.text = Message.of(key, args);
    }

    public Message text() {
        return text;
    }

    @Override
    public String getMessage() {
        return text.text();
    }
}
