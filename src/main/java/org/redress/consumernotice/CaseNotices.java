package org.redress.consumernotice;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.base.Texts;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.NoticeContact;
import org.redress.complaint.NoticeContacts;
import org.redress.notification.NoticeChannel;
import org.redress.notification.Recipients;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notices staff see: a case's, newest first; the failed ones across cases; and sending a failed one again. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_WORKERS)
public class CaseNotices {

    private static final int QUEUE_MAX = 500;

    private final ConsumerNoticeRepository notices;
    private final ComplaintService complaints;
    private final NoticeContacts contacts;
    private final AuditService audit;
    private final Clock clock;

    CaseNotices(ConsumerNoticeRepository notices, ComplaintService complaints, NoticeContacts contacts,
                AuditService audit, Clock clock) {
        this.notices = notices;
        this.complaints = complaints;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    public List<NoticeView> ofCase(String caseNumber) {
        ComplaintDetails c = complaints.get(caseNumber);
        return notices.findByComplaintIdOrderByIdDesc(c.id()).stream().map(n -> view(n, c.caseNumber())).toList();
    }

    /** Notices in this state across all cases, newest first (FAILED ones are what staff must follow up). */
    public List<NoticeView> withStatus(NoticeStatus status) {
        List<ConsumerNotice> found = notices.findByStatusOrderByIdDesc(status, Limit.of(QUEUE_MAX));
        Map<Long, String> caseNumbers = contacts.ofAll(found.stream().map(ConsumerNotice::getComplaintId)
                .distinct().toList()).stream().collect(Collectors.toMap(NoticeContact::complaintId,
                NoticeContact::caseNumber, (a, b) -> a));
        return found.stream().map(n -> view(n, caseNumbers.get(n.getComplaintId()))).toList();
    }

    /**
     * Puts a failed notice back in the queue, to the address the case holds now: staff correct a mistyped number
     * or address on the case, then send again. 409 when the consumer no longer wants notices by that channel.
     */
    @Transactional
    public NoticeView sendAgain(long id) {
        ConsumerNotice notice = notices.findById(id)
                .orElseThrow(() -> new NotFoundException("error.notice.noNotice", id));
        if (notice.getStatus() != NoticeStatus.FAILED) {
            throw new BusinessRuleException("error.notice.onlyFailedAgain", id);
        }
        Optional<NoticeContact> contact = contacts.of(notice.getComplaintId());
        String recipient = contact.flatMap(c -> notice.getChannel() == NoticeChannel.SMS ? c.mobile() : c.email())
                .orElseThrow(() -> new BusinessRuleException("error.notice.noLongerWanted", notice.getChannel()));
        if (notices.again(id, clock.instant(), recipient) == 0) {
            throw new BusinessRuleException("error.notice.onlyFailedAgain", id);
        }
        String caseNumber = contact.map(NoticeContact::caseNumber).orElse(null);
        audit.record(AuditSubject.COMPLAINT, notice.getComplaintId(), caseNumber, AuditAction.NOTICE_QUEUED_AGAIN,
                "notice", null, StoredText.encode("audit.value.consumerNoticeAgain", notice.getKind(),
                        notice.getChannel(), Recipients.mask(notice.getChannel(), recipient)));
        return view(notices.findById(id).orElseThrow(), caseNumber);
    }

    private static NoticeView view(ConsumerNotice n, String caseNumber) {
        return new NoticeView(n.getId(), caseNumber, n.getKind(), n.getChannel(),
                Recipients.mask(n.getChannel(), n.getRecipient()), n.getText(), n.getStatus(), n.getAttempts(),
                n.getCreatedAt(), n.getSentAt(), n.getNextAttemptAt(),
                StoredText.render(n.getLastError(), Texts.currentLocale()));
    }
}
