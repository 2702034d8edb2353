package org.redress.notification;

import java.util.Map;

/**
 * A short message to one person. SMS providers in China send only approved templates, so a notice names its
 * {@code template} and the {@code params} filled into it; {@code text} is the whole message as an e-mail (and the
 * demo mailbox) shows it. An e-mail may carry one {@code attachment} (a session's .ics); SMS leave it out.
 */
public record Notice(NoticeChannel channel, String recipient, String subject, String text, String template,
                     Map<String, String> params, Attachment attachment) {

    public Notice {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public Notice(NoticeChannel channel, String recipient, String subject, String text, String template,
                  Map<String, String> params) {
        this(channel, recipient, subject, text, template, params, null);
    }

    /** A text file sent with an e-mail, e.g. "session.ics" as "text/calendar; method=REQUEST". */
    public record Attachment(String fileName, String contentType, String content) {
    }
}
