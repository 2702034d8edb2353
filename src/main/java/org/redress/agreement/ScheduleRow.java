package org.redress.agreement;

import java.math.BigDecimal;
import java.util.List;
import org.redress.complaint.PaymentMethod;

/**
 * One member's line of a collective agreement's schedule: who, what they paid and claimed, their share and how it is
 * being paid. Field names are part of the API.
 */
public record ScheduleRow(int obligation, String caseNumber, String consumerName, PaymentMethod paymentMethod,
                          BigDecimal amountPaid, BigDecimal amountClaimed, BigDecimal share, ObligationStatus status,
                          BigDecimal paid, BigDecimal outstanding,
                          List<AgreementDetails.InstalmentState> instalments) {
}
