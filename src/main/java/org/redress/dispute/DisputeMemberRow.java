package org.redress.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;

/** A member complaint with the consumer's latest consent decision (null: not asked or not answered yet). */
public record DisputeMemberRow(String caseNumber, String consumerName, String consumerPhone, String province,
                               BigDecimal amountPaid, BigDecimal amountClaimed, Category category,
                               PaymentMethod paymentMethod, ComplaintStatus status, ConsentDecision consent,
                               LocalDate consentOn, Channel consentChannel) {
}
