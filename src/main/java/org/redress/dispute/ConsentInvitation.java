package org.redress.dispute;

import java.math.BigDecimal;
import java.time.Instant;

/** What a member opening a consent link sees: which class, against whom, their own case, and whether it still works. */
public record ConsentInvitation(String disputeTitle, String merchantName, String caseNumber, BigDecimal amountClaimed,
                                int members, Instant expiresAt, boolean usable) {
}
