package org.redress.complaint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.redress.notification.Recipients;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consumer's choice of progress notices, for the module that sends them. No role check: notices follow acts of
 * staff, respondents and consumers (a signing or consent link) alike, and only the addresses chosen are given out.
 */
@Component
@Transactional(readOnly = true)
public class NoticeContacts {

    private final ComplaintRepository complaints;

    NoticeContacts(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    public Optional<NoticeContact> of(long complaintId) {
        return complaints.findById(complaintId).map(NoticeContacts::contact);
    }

    /** The contacts of these cases, in one query (a class dispute's session concerns every member). */
    public List<NoticeContact> ofCases(Collection<String> caseNumbers) {
        return complaints.findByCaseNumberIn(caseNumbers.stream().map(ComplaintService::normalize).toList())
                .stream().map(NoticeContacts::contact).toList();
    }

    public List<NoticeContact> ofAll(Collection<Long> complaintIds) {
        return complaints.findAllById(complaintIds).stream().map(NoticeContacts::contact).toList();
    }

    private static NoticeContact contact(Complaint c) {
        ConsumerDetails consumer = c.getConsumer();
        Optional<String> mobile = c.isNotifyBySms() ? Recipients.mobile(consumer.phone()) : Optional.empty();
        Optional<String> email = c.isNotifyByEmail() ? Recipients.email(consumer.email()) : Optional.empty();
        return new NoticeContact(c.getId(), c.getCaseNumber(), mobile, email);
    }
}
