package org.redress.notification;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notices are delivered.
 *
 * @param from         the sender address of e-mails
 * @param embeddedSmtp a mail server started with the portal (demo and tests): {@code enabled}, {@code port} (0 picks
 *                     a free one)
 * @param sms          the SMS gateway: its {@code url}, the {@code app-code} sent as "Authorization: APPCODE ...",
 *                     the {@code sign-name} and the approved {@code templates} by notice template; without a url,
 *                     SMS go to the embedded mail server when there is one, else they fail
 */
@ConfigurationProperties(prefix = "redress.notification")
public record NotificationProperties(String from, EmbeddedSmtp embeddedSmtp, Sms sms) {

    public NotificationProperties {
        from = from == null || from.isBlank() ? "noreply@redress.invalid" : from;
        embeddedSmtp = embeddedSmtp == null ? new EmbeddedSmtp(false, 0) : embeddedSmtp;
        sms = sms == null ? new Sms(null, null, null, Map.of()) : sms;
    }

    public record EmbeddedSmtp(boolean enabled, int port) {
    }

    public record Sms(URI url, String appCode, String signName, Map<String, String> templates) {

        public Sms {
            templates = templates == null ? Map.of() : Map.copyOf(templates);
        }
    }
}
