package org.redress.complaint;

/** What duplicate detection needs to know of a complaint: identifiers and the narrative. Personal data. */
public record CandidateCase(long id, String caseNumber, String externalId, String consumerPhone, String consumerEmail,
                            long merchantId, String orderNumber, String platformTicket, String narrative,
                            ComplaintStatus status) {
}
