package org.redress.complaint;

import java.util.List;

/** Published when duplicates were merged into a survivor (ids of the complaints). */
public record CasesMerged(long survivorId, List<Long> duplicateIds) {
}
