package org.redress.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * One group of a statistics report: the group's values (in the order of the report's dimensions) and its measures.
 * No field can carry a consumer's personal data.
 *
 * @param keys                   the group's values; {@link SmallCells#OTHER} for groups merged by small-cell protection
 * @param consumers              distinct consumers (for a merged "other" row, the sum over the merged groups)
 * @param resolved               cases that have left the open states
 * @param medianDaysToResolution median days from receipt to conclusion of the resolved cases, or null if none
 */
public record ReportRow(List<String> keys, long complaints, long consumers, long payLater, BigDecimal amountPaid,
                        BigDecimal amountClaimed, long resolved, Double medianDaysToResolution) {

    public double resolutionRate() {
        return complaints == 0 ? 0 : (double) resolved / complaints;
    }

    public double payLaterShare() {
        return complaints == 0 ? 0 : (double) payLater / complaints;
    }
}
