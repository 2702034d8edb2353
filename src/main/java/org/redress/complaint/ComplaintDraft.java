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
        @Size(max = Complaint.REFERENCE_MAX, message = "validation.atMostChars")
        @CleanText
        String externalId,
        @NotNull(message = "validation.required")
        LocalDate receivedAt,
        @NotNull(message = "validation.required")
        Channel channel,
        @NotBlank(message = "validation.required")
        @Size(max = Complaint.NAME_MAX, message = "validation.atMostChars")
        @CleanText
        String consumerName,
        @Pattern(regexp = PHONE_PATTERN, message = "validation.phone")
        String consumerPhone,
        @Email(message = "validation.email")
        @Size(max = 200, message = "validation.atMostChars")
        @CleanText
        String consumerEmail,
        @NotBlank(message = "validation.required")
        @Size(max = 50, message = "validation.atMostChars")
        @CleanText
        String province,
        @Size(max = 50, message = "validation.atMostChars")
        @CleanText
        String city,
        @NotNull(message = "validation.required")
        Long merchantId,
        @NotBlank(message = "validation.required")
        String platformCode,
        @Size(max = Complaint.REFERENCE_MAX, message = "validation.atMostChars")
        @CleanText
        String orderNumber,
        @Size(max = Complaint.REFERENCE_MAX, message = "validation.atMostChars")
        @CleanText
        String platformTicket,
        LocalDate purchaseDate,
        @NotNull(message = "validation.required")
        @DecimalMin(value = "0", message = "validation.notNegative")
        @DecimalMax(value = "10000000", message = "validation.atMostAmount")
        @Digits(integer = 8, fraction = 2, message = "validation.twoDecimals")
        BigDecimal amountPaid,
        @NotNull(message = "validation.required")
        @DecimalMin(value = "0", message = "validation.notNegative")
        @DecimalMax(value = "10000000", message = "validation.atMostAmount")
        @Digits(integer = 8, fraction = 2, message = "validation.twoDecimals")
        BigDecimal amountClaimed,
        @NotNull(message = "validation.required")
        PaymentMethod paymentMethod,
        @NotNull(message = "validation.required")
        Category category,
        @NotBlank(message = "validation.required")
        @Size(max = Complaint.NARRATIVE_MAX, message = "validation.atMostChars")
        @CleanText(multiline = true)
        String narrative,
        boolean shareConsent,
        boolean publicationConsent,
        boolean notifyBySms,
        boolean notifyByEmail) {

    /** A draft without progress notices: the consumer has not asked for them. */
    public ComplaintDraft(String externalId, LocalDate receivedAt, Channel channel, String consumerName,
                          String consumerPhone, String consumerEmail, String province, String city, Long merchantId,
                          String platformCode, String orderNumber, String platformTicket, LocalDate purchaseDate,
                          BigDecimal amountPaid, BigDecimal amountClaimed, PaymentMethod paymentMethod,
                          Category category, String narrative, boolean shareConsent, boolean publicationConsent) {
        this(externalId, receivedAt, channel, consumerName, consumerPhone, consumerEmail, province, city, merchantId,
                platformCode, orderNumber, platformTicket, purchaseDate, amountPaid, amountClaimed, paymentMethod,
                category, narrative, shareConsent, publicationConsent, false, false);
    }

    /** Mainland mobile and landline numbers, with optional country code, spaces and dashes. */
    public static final String PHONE_PATTERN = "^\\s*$|^\\+?[0-9][0-9 \\-]{5,24}$";

    /** The same draft with the consumer's choices: share contact details with the respondent, SMS and e-mail notices. */
    public ComplaintDraft withChoices(boolean share, boolean bySms, boolean byEmail) {
        return new ComplaintDraft(externalId, receivedAt, channel, consumerName, consumerPhone, consumerEmail,
                province, city, merchantId, platformCode, orderNumber, platformTicket, purchaseDate, amountPaid,
                amountClaimed, paymentMethod, category, narrative, share, publicationConsent, bySms, byEmail);
    }
}
