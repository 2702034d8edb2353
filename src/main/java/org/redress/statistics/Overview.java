package org.redress.statistics;

import java.util.List;

/** The headline figures: totals, open and overdue cases, and breakdowns. Aggregates only. */
public record Overview(long complaints, long open, long overdue, long deadlineMissed, List<CountByKey> byStatus,
                       List<CountByKey> byPlatform, List<CountByKey> byCategory, List<CountByKey> byPaymentMethod) {
}
