package org.redress.respondent;

import java.time.LocalDate;

/** A complaint went to a respondent, who is to answer by {@code dueOn}. */
public record ReferralSent(long referralId, long complaintId, String caseNumber, String respondentName,
                           RespondentKind to, LocalDate dueOn) {
}
