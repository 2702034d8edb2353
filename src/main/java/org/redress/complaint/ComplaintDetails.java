package org.redress.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Everything about one case, for the case view and the API. Contains personal data: case workers only. */
public record ComplaintDetails(
        Long id,
        long version,
        String caseNumber,
        String externalId,
        LocalDate receivedAt,
        Channel channel,
        String consumerName,
        String consumerPhone,
        String consumerEmail,
        String province,
        String city,
        Long merchantId,
        String merchantName,
        String merchantShopId,
        String platform,
        String orderNumber,
        String platformTicket,
        LocalDate purchaseDate,
        BigDecimal amountPaid,
        BigDecimal amountClaimed,
        PaymentMethod paymentMethod,
        Category category,
        String narrative,
        ComplaintStatus status,
        String statusReason,
        EscalationTarget escalationTarget,
        String assignee,
        LocalDate acceptDueOn,
        LocalDate acceptedOn,
        LocalDate platformReplyDueOn,
        LocalDate mediationDueOn,
        LocalDate deadlineOn,
        boolean overdue,
        boolean deadlineMissed,
        Consent shareConsent,
        Consent publicationConsent,
        boolean notifyBySms,
        boolean notifyByEmail,
        Instant createdAt,
        String createdBy,
        Set<ComplaintStatus> allowedTransitions) {

    /** This case as a draft, for a correction that changes only some of its fields. */
    public ComplaintDraft asDraft() {
        return new ComplaintDraft(externalId, receivedAt, channel, consumerName, consumerPhone, consumerEmail,
                province, city, merchantId, platform, orderNumber, platformTicket, purchaseDate, amountPaid,
                amountClaimed, paymentMethod, category, narrative, shareConsent.given(), publicationConsent.given(),
                notifyBySms, notifyByEmail);
    }
}
