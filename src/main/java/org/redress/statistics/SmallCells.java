package org.redress.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Small-cell protection: a group with fewer than k distinct consumers could point at a person, so such groups are
 * merged into one "other" row; if that row is itself below k it is left out. The figures of the remaining rows are
 * untouched.
 */
public final class SmallCells {

    public static final String OTHER = "other";

    private SmallCells() {
    }

    public static Report protect(StatisticsFilter filter, List<Dimension> groupBy, int minConsumers,
                                 List<ReportRow> rows) {
        List<ReportRow> kept = new ArrayList<>();
        List<ReportRow> small = new ArrayList<>();
        for (ReportRow row : rows) {
            (row.consumers() < minConsumers ? small : kept).add(row);
        }
        int omitted = 0;
        if (!small.isEmpty()) {
            ReportRow other = merge(small, groupBy.size());
            if (other.consumers() >= minConsumers) {
                kept.add(other);
            } else {
                omitted = small.size();
            }
        }
        return new Report(filter, List.copyOf(groupBy), minConsumers, List.copyOf(kept), small.size(), omitted);
    }

    private static ReportRow merge(List<ReportRow> rows, int keyCount) {
        long complaints = 0;
        long consumers = 0;
        long payLater = 0;
        long resolved = 0;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal claimed = BigDecimal.ZERO;
        for (ReportRow row : rows) {
            complaints += row.complaints();
            consumers += row.consumers();
            payLater += row.payLater();
            resolved += row.resolved();
            paid = paid.add(row.amountPaid());
            claimed = claimed.add(row.amountClaimed());
        }
        // A median cannot be combined from the groups' medians, so the merged row has none.
        return new ReportRow(Collections.nCopies(keyCount, OTHER), complaints, consumers, payLater, paid, claimed,
                resolved, null);
    }
}
