package org.redress.respondent;

import java.math.BigDecimal;

/** A respondent answered a referral (an IN_PROGRESS answer included: the consumer hears the new due date). */
public record ReferralAnswered(long referralId, long complaintId, String caseNumber, String respondentName,
                               ResponseCode code, BigDecimal amountOffered) {
}
