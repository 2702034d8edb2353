package org.redress.dispute;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.redress.complaint.Category;
import org.redress.complaint.PaymentMethod;

/**
 * A class dispute with its figures. Field names are part of the API.
 *
 * @param consent members per latest consent decision; "NONE" for members who have not answered
 */
public record DisputeDetails(long id, long version, String title, long merchantId, String merchantName,
                             String platform, Category category, String description, String leadMediator,
                             DisputeStatus status, String createdBy, Instant createdAt, long members, long consumers,
                             BigDecimal amountPaid, BigDecimal amountClaimed, Map<Category, Long> byCategory,
                             Map<PaymentMethod, Long> byPaymentMethod, Map<String, Long> consent,
                             List<Representative> representatives, List<String> complaintCaseNumbers) {
}
