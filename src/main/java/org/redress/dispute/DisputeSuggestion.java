package org.redress.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.redress.complaint.Category;

/**
 * Open complaints against one merchant about one kind of problem, received within the window and in no dispute
 * yet: ready to become a class dispute, or, when that merchant and problem already have an open dispute, to be added
 * to it. Field names are part of the API.
 *
 * @param existingDisputeId the open dispute the complaints should join; null when the suggestion is a new dispute
 * @param existingDisputeTitle that dispute's title
 */
public record DisputeSuggestion(long merchantId, String merchantName, String platform, Category category,
                                long complaints, long consumers, BigDecimal totalClaimed, LocalDate firstReceived,
                                LocalDate lastReceived, Long existingDisputeId, String existingDisputeTitle) {

    public boolean isAddition() {
        return existingDisputeId != null;
    }
}
