package org.redress.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.redress.complaint.Category;

/**
 * Open complaints against one merchant about one kind of problem, received within the window and in no dispute
 * yet: ready to become a class dispute. Field names are part of the API.
 */
public record DisputeSuggestion(long merchantId, String merchantName, String platform, Category category,
                                long complaints, long consumers, BigDecimal totalClaimed, LocalDate firstReceived,
                                LocalDate lastReceived) {
}
