package org.redress.respondent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A respondent answered a referral. An IN_PROGRESS answer is one too: {@code dueOn} is then the extended date the
 * consumer hears of; otherwise the date the answer was due.
 */
public record ReferralAnswered(long referralId, long complaintId, String caseNumber, String respondentName,
                               ResponseCode code, BigDecimal amountOffered, LocalDate dueOn) {
}
