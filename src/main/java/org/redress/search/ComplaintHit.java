package org.redress.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintStatus;

/**
 * One search hit, projected from the index without loading the complaint. {@code snippet} is HTML-escaped narrative
 * text in which matching words are wrapped in {@code <mark>}; it contains no other markup.
 */
public record ComplaintHit(String caseNumber, String externalId, LocalDate receivedAt, String merchantName,
                           String platform, Category category, ComplaintStatus status, BigDecimal amountClaimed,
                           String snippet) {
}
