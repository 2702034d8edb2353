package org.redress.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.redress.base.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends a notice by its channel, trying twice: a mail server or gateway that drops one connection should not make a
 * mediator ask the party twice. When both tries fail the caller is told in the user's language; the technical reason
 * is only logged.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    static final int TRIES = 2;

    private final Map<NoticeChannel, NoticeSender> senders = new EnumMap<>(NoticeChannel.class);

    Notifier(List<NoticeSender> senders) {
        senders.forEach(s -> this.senders.put(s.channel(), s));
    }

    public Delivery send(Notice notice) {
        String masked = Recipients.mask(notice.channel(), notice.recipient());
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                senders.get(notice.channel()).send(notice);
                return new Delivery(notice.channel(), masked);
            } catch (DeliveryFailure e) {
                log.warn("Notice by {} to {} failed (try {} of {}): {}", notice.channel(), masked, attempt, TRIES,
                        e.getMessage(), e.getCause());
            }
        }
        throw new BusinessRuleException("error.notification.failed", notice.channel(), masked);
    }
}
