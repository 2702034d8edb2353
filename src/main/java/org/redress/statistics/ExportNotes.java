package org.redress.statistics;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The lines an export starts with: what it is, for which filter, and what small-cell protection did. */
final class ExportNotes {

    private ExportNotes() {
    }

    static List<String> of(StatisticsFilter filter, String user, int minConsumers, String suppression, Clock clock) {
        return List.of(
                "Redress statistics export, generated " + ZonedDateTime.now(clock)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " by " + user,
                "Filter: " + filter.describe().replace('_', ' '),
                "Small-cell protection (k = " + minConsumers + "): " + suppression,
                "Contains no names, phone numbers, e-mail addresses, narratives, order numbers or evidence.",
                "resolved = cases no longer open (fulfilled, closed, withdrawn, rejected or escalated); amounts in CNY");
    }
}
