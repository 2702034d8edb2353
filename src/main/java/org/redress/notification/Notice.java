package org.redress.notification;

import java.util.Map;

/**
 * A short message to one person. SMS providers in China send only approved templates, so a notice names its
 * {@code template} and the {@code params} filled into it; {@code text} is the whole message as an e-mail (and the
 * demo mailbox) shows it.
 */
public record Notice(NoticeChannel channel, String recipient, String subject, String text, String template,
                     Map<String, String> params) {

    public Notice {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
