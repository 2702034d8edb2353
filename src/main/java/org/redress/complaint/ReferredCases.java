package org.redress.complaint;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.redress.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints as respondents see them. The respondent module calls this only for cases referred to the caller's own
 * organisation; what this class guarantees is that nothing beyond {@link ReferredCase} leaves, and that contact details
 * are masked unless the consumer consented to share them.
 */
@Component
public class ReferredCases {

    private final ComplaintRepository complaints;

    ReferredCases(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @PreAuthorize("hasAnyRole('RESPONDENT','STAFF','MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public ReferredCase view(long complaintId) {
        return view(complaints.findById(complaintId).orElseThrow(() ->
                new NotFoundException("error.complaint.noCase", complaintId)));
    }

    /** Many at once, for a queue: one query for the cases, their merchants fetched in batches. */
    @PreAuthorize("hasAnyRole('RESPONDENT','STAFF','MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, ReferredCase> views(Collection<Long> complaintIds) {
        Map<Long, ReferredCase> views = new HashMap<>();
        complaints.findAllById(Set.copyOf(complaintIds)).forEach(c -> views.put(c.getId(), view(c)));
        return views;
    }

    private static ReferredCase view(Complaint c) {
        ConsumerDetails consumer = c.getConsumer();
        boolean shared = c.getShareConsent() != null && c.getShareConsent().given();
        return new ReferredCase(c.getCaseNumber(), c.getReceivedAt(), c.getMerchant().getName(),
                c.getPlatform() == null ? null : c.getPlatform().getCode(), c.getOrderNumber(), c.getPurchaseDate(),
                c.getAmountPaid(), c.getAmountClaimed(), c.getPaymentMethod(), c.getCategory(), c.getNarrative(),
                shared, shared ? consumer.name() : maskName(consumer.name()),
                shared ? consumer.phone() : maskPhone(consumer.phone()), shared ? consumer.email() : null);
    }

    /** 王芳 → 王*; Kevin Zhou → K*: enough to tell a call-back apart, not to find the person. */
    static String maskName(String name) {
        return name == null || name.isBlank() ? null : name.strip().codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "*";
    }

    static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() < 7 ? "***" : digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
