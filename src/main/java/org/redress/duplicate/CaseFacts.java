package org.redress.duplicate;

import java.util.Locale;

/** What the duplicate detector compares of a complaint. Blank values never match. */
public record CaseFacts(long id, String consumerPhone, String consumerEmail, long merchantId, String orderNumber,
                        String platformTicket, String narrative) {

    public String phoneKey() {
        return consumerPhone == null || consumerPhone.isBlank() ? null : consumerPhone.replaceAll("[\\s-]", "");
    }

    public String emailKey() {
        return consumerEmail == null || consumerEmail.isBlank()
                ? null : consumerEmail.trim().toLowerCase(Locale.ROOT);
    }

    public String orderKey() {
        return orderNumber == null || orderNumber.isBlank() ? null : orderNumber.trim().toLowerCase(Locale.ROOT);
    }

    public String ticketKey() {
        return platformTicket == null || platformTicket.isBlank()
                ? null : platformTicket.trim().toLowerCase(Locale.ROOT);
    }
}
