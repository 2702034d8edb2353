package org.redress.complaint;

import java.math.BigDecimal;
import java.time.Instant;

/** A duplicate merged into a survivor, as the survivor's view lists it. */
public record MergedCase(String caseNumber, String consumerName, String merchantName, BigDecimal amountClaimed,
                         Instant mergedAt, String mergedBy, String reason) {
}
