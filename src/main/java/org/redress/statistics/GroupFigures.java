package org.redress.statistics;

import java.math.BigDecimal;

/**
 * One bar of a dashboard chart and one row of the table under it.
 *
 * @param key       the group's value (platform code, category constant, merchant id, ...), or {@link SmallCells#OTHER}
 * @param label     what to show for the key when it is not a code the view translates (merchant names), else null
 * @param consumers distinct consumers; null for the "other" row, where they cannot be counted exactly
 */
public record GroupFigures(String key, String label, long complaints, Long consumers, BigDecimal amountPaid,
                           BigDecimal amountClaimed) {

    public GroupFigures withLabel(String newLabel) {
        return new GroupFigures(key, newLabel, complaints, consumers, amountPaid, amountClaimed);
    }
}
