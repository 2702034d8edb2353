package org.redress.statistics;

import java.util.List;

/**
 * A grouped statistics report after small-cell protection.
 *
 * @param suppressedGroups groups with fewer than {@code minConsumers} consumers, merged into "other" or left out
 * @param omittedGroups    of those, groups left out entirely because even together they stayed below the threshold
 */
public record Report(StatisticsFilter filter, List<Dimension> groupBy, int minConsumers, List<ReportRow> rows,
                     int suppressedGroups, int omittedGroups) {

    /** The sentence an export carries about suppression, in English (exports are read by machines and people). */
    public String suppressionNote() {
        if (suppressedGroups == 0) {
            return "No group had fewer than " + minConsumers + " consumers; nothing was suppressed.";
        }
        return suppressedGroups + " group(s) with fewer than " + minConsumers + " consumers were merged into \""
                + SmallCells.OTHER + "\"" + (omittedGroups > 0 ? "; " + omittedGroups
                + " of them were left out because the merged row still had fewer than " + minConsumers
                + " consumers" : "") + ".";
    }
}
