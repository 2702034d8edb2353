package org.redress.duplicate;

import java.util.Set;
import org.redress.complaint.ComplaintDetails;

/** One pair in the duplicates queue, with both cases for the side-by-side comparison. */
public record QueueEntry(long pairId, ComplaintDetails first, ComplaintDetails second, double score,
                         Set<DuplicateReason> reasons) {
}
