package org.redress.complaint;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.redress.base.CleanText;

/**
 * What intake staff, the API and the CSV import provide to file (or correct) a complaint. Dates "not in the
 * future" are checked by the service against the association's clock, not here.
 */
public record ComplaintDraft(
        @Size(max = Complaint.REFERENCE_MAX, message = "At most 100 characters")
        @CleanText
        String externalId,
        @NotNull(message = "Date received is required")
        LocalDate receivedAt,
        @NotNull(message = "Channel is required")
        Channel channel,
        @NotBlank(message = "Consumer name is required")
        @Size(max = Complaint.NAME_MAX, message = "At most 100 characters")
        @CleanText
        String consumerName,
        @Pattern(regexp = PHONE_PATTERN, message = "Not a phone number (digits, optional +, spaces or dashes)")
        String consumerPhone,
        @Email(message = "Not an e-mail address")
        @Size(max = 200, message = "At most 200 characters")
        @CleanText
        String consumerEmail,
        @NotBlank(message = "Province is required")
        @Size(max = 50, message = "At most 50 characters")
        @CleanText
        String province,
        @Size(max = 50, message = "At most 50 characters")
        @CleanText
        String city,
        @NotNull(message = "Merchant is required")
        Long merchantId,
        @NotBlank(message = "Platform is required")
        String platformCode,
        @Size(max = Complaint.REFERENCE_MAX, message = "At most 100 characters")
        @CleanText
        String orderNumber,
        @Size(max = Complaint.REFERENCE_MAX, message = "At most 100 characters")
        @CleanText
        String platformTicket,
        LocalDate purchaseDate,
        @NotNull(message = "Amount paid is required")
        @DecimalMin(value = "0", message = "Must not be negative")
        @DecimalMax(value = "10000000", message = "At most 10,000,000")
        @Digits(integer = 8, fraction = 2, message = "At most two decimals")
        BigDecimal amountPaid,
        @NotNull(message = "Amount claimed is required")
        @DecimalMin(value = "0", message = "Must not be negative")
        @DecimalMax(value = "10000000", message = "At most 10,000,000")
        @Digits(integer = 8, fraction = 2, message = "At most two decimals")
        BigDecimal amountClaimed,
        @NotNull(message = "Payment method is required")
        PaymentMethod paymentMethod,
        @NotNull(message = "Category is required")
        Category category,
        @NotBlank(message = "Narrative is required")
        @Size(max = Complaint.NARRATIVE_MAX, message = "At most 20,000 characters")
        @CleanText(multiline = true)
        String narrative,
        boolean shareConsent,
        boolean publicationConsent) {

    /** Mainland mobile and landline numbers, with optional country code, spaces and dashes. */
    public static final String PHONE_PATTERN = "^\\s*$|^\\+?[0-9][0-9 \\-]{5,24}$";
}
