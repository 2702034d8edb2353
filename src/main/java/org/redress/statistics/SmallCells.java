package org.redress.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Small-cell protection: a group with fewer than k distinct consumers could point at a person, so such groups are
 * merged into one "other" row, whose consumers are counted distinct across the merged groups by the database; if
 * that row is itself below k it is left out. The figures of the remaining rows are untouched.
 */
public final class SmallCells {

    public static final String OTHER = "other";

    private SmallCells() {
    }

    public static Report protect(StatisticsFilter filter, List<Dimension> groupBy, int minConsumers,
                                 List<ReportRow> rows, Supplier<ReportRow> otherRow) {
        List<ReportRow> kept = new ArrayList<>();
        List<ReportRow> small = new ArrayList<>();
        for (ReportRow row : rows) {
            (row.consumers() < minConsumers ? small : kept).add(row);
        }
        int omitted = 0;
        if (!small.isEmpty()) {
            ReportRow other = otherRow.get();
            if (other.consumers() >= minConsumers) {
                kept.add(other);
            } else {
                omitted = small.size();
            }
        }
        return new Report(filter, List.copyOf(groupBy), minConsumers, List.copyOf(kept), small.size(), omitted);
    }

}
