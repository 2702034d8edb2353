package org.redress.respondent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral with its answers and what staff made of them: whether the consumer confirmed the matter settled
 * ({@code consumerSettled}, null while not asked) and the next step decided. Field names are part of the API.
 */
public record ReferralView(long id, String caseNumber, RespondentKind to, long respondentId, String respondentName,
                           String message, Instant referredAt, LocalDate dueOn, boolean extended,
                           ReferralStatus status, List<Answer> responses, Boolean consumerSettled,
                           LocalDate consumerConfirmedOn, NextStep nextStep) {

    /** One answer, timely when given by the due date then in force. */
    public record Answer(ResponseCode code, String message, BigDecimal amountOffered, String respondedBy,
                         Instant respondedAt, boolean timely, List<Attachment> attachments) {
    }

    /** A file sent with an answer, kept as evidence {@code evidenceId} on the case. */
    public record Attachment(long evidenceId, String name, long sizeBytes) {
    }
}
