package org.redress.consumernotice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.StoredText;
import org.redress.complaint.NoticeContacts;
import org.redress.notification.Delivery;
import org.redress.notification.Notice;
import org.redress.notification.Notifier;
import org.redress.notification.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the stored notices that are due, a few seconds after they were written. Each try is claimed first in its
 * own transaction (so a second instance skips it, and a try cut off by a crash is taken up again once its lease
 * ends); the message goes out outside any transaction. A notice that fails is tried again after 1, 5 and 30
 * minutes; after the fourth failure it is FAILED, on the case's timeline and in staff's queue.
 */
@Component
class NoticeDelivery {

    private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30));
    static final int MAX_ATTEMPTS = BACKOFF.size() + 1;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 200;

    private final ConsumerNoticeRepository notices;
    private final NoticeContacts contacts;
    private final Notifier notifier;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NoticeDelivery(ConsumerNoticeRepository notices, NoticeContacts contacts, Notifier notifier, AuditService audit,
                   PlatformTransactionManager transactionManager, Clock clock) {
        this.notices = notices;
        this.contacts = contacts;
        this.notifier = notifier;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${redress.notices.poll:PT5S}", fixedDelayString = "${redress.notices.poll:PT5S}")
    void poll() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Delivering notices failed; trying again at the next poll", e);
        }
    }

    /** Sends what is due now; returns how many were sent. */
    int deliverDue() {
        int sent = 0;
        List<Long> due = notices.due(NoticeStatus.PENDING, clock.instant(), Limit.of(BATCH));
        for (Long id : due) {
            sent += deliver(id) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(Long id) {
        Instant claimedAt = clock.instant();
        ConsumerNotice notice = transaction.execute(status -> notices.lockById(id)
                .filter(n -> n.getStatus() == NoticeStatus.PENDING && !n.getNextAttemptAt().isAfter(claimedAt))
                .map(n -> n.claim(claimedAt.plus(LEASE)))
                .orElse(null));
        if (notice == null) {
            return false;
        }
        int attempt = notice.getAttempts();
        try {
            Delivery delivery = notifier.send(toNotice(notice));
            transaction.executeWithoutResult(status -> {
                notices.sent(id, clock.instant());
                onTimeline(notice, AuditAction.NOTICE_SENT, StoredText.encode("audit.value.consumerNoticeSent",
                        notice.getKind(), notice.getChannel(), delivery.sentTo()));
            });
            return true;
        } catch (BusinessRuleException e) {
            Instant now = clock.instant();
            String why = clip(StoredText.of(e.text()));
            transaction.executeWithoutResult(status -> {
                if (attempt >= MAX_ATTEMPTS) {
                    notices.failed(id, why);
                    onTimeline(notice, AuditAction.NOTICE_FAILED, StoredText.encode(
                            "audit.value.consumerNoticeFailed", notice.getKind(), notice.getChannel(),
                            Recipients.mask(notice.getChannel(), notice.getRecipient()), attempt));
                } else {
                    notices.later(id, now.plus(BACKOFF.get(attempt - 1)), why);
                }
            });
            return false;
        }
    }

    /** A stored message too long for its column (a server's long reply) loses its end, never the notice's state. */
    private static String clip(String stored) {
        return stored.length() <= ConsumerNotice.ERROR_MAX ? stored : stored.substring(0, ConsumerNotice.ERROR_MAX);
    }

    private void onTimeline(ConsumerNotice notice, AuditAction action, String value) {
        contacts.of(notice.getComplaintId()).ifPresent(c -> audit.record(AuditSubject.COMPLAINT,
                notice.getComplaintId(), c.caseNumber(), action, "notice", null, value));
    }

    private static Notice toNotice(ConsumerNotice n) {
        Map<String, String> params = n.getTemplateParams() == null ? Map.of()
                : JSON.readValue(n.getTemplateParams(), new TypeReference<Map<String, String>>() { });
        Notice.Attachment ics = n.getCalendar() == null ? null : new Notice.Attachment("session.ics",
                "text/calendar; charset=UTF-8; method=" + (n.getKind() == NoticeKind.SESSION_CANCELLED ? "CANCEL"
                        : "REQUEST"), n.getCalendar());
        return new Notice(n.getChannel(), n.getRecipient(), n.getSubject(), n.getText(),
                "consumer-" + n.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-'), params, ics);
    }
}
