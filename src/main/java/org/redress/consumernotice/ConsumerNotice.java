package org.redress.consumernotice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.redress.notification.NoticeChannel;

/**
 * One message to one consumer, written in the transaction of the change it reports, so an acknowledged change is
 * never left unannounced and a rolled-back one never announced. The text is fixed when written.
 */
@Entity
@Table(name = "consumer_notice")
class ConsumerNotice {

    static final int TEXT_MAX = 2000;
    static final int SUBJECT_MAX = 300;
    static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consumer_notice_seq")
    @SequenceGenerator(name = "consumer_notice_seq", sequenceName = "consumer_notice_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NoticeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NoticeChannel channel;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    /** The SMS template's parameters as JSON, for gateways that send approved templates only. */
    @Column(name = "template_params", length = 2000)
    private String templateParams;

    /** An .ics sent with the e-mail of a session notice. */
    @Column(length = 8000)
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NoticeStatus status = NoticeStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Why the last try failed, as {@link org.redress.base.StoredText}; null once sent. */
    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    protected ConsumerNotice() {
    }

    ConsumerNotice(Long complaintId, NoticeKind kind, NoticeChannel channel, String recipient, String subject,
                   String text, String templateParams, String calendar, Instant createdAt) {
        this.complaintId = complaintId;
        this.kind = kind;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.text = text;
        this.templateParams = templateParams;
        this.calendar = calendar;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** Counts the next try and holds the notice until {@code lease}, after which another try may start. */
    ConsumerNotice claim(Instant lease) {
        attempts++;
        nextAttemptAt = lease;
        return this;
    }

    Long getId() {
        return id;
    }

    Long getComplaintId() {
        return complaintId;
    }

    NoticeKind getKind() {
        return kind;
    }

    NoticeChannel getChannel() {
        return channel;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getText() {
        return text;
    }

    String getTemplateParams() {
        return templateParams;
    }

    String getCalendar() {
        return calendar;
    }

    NoticeStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getLastError() {
        return lastError;
    }
}
