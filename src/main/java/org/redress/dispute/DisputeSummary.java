package org.redress.dispute;

import java.time.Instant;
import org.redress.complaint.Category;

/** A class dispute as lists show it. */
public record DisputeSummary(long id, String title, String merchantName, Category category, DisputeStatus status,
                            long members, String leadMediator, Instant createdAt) {
}
