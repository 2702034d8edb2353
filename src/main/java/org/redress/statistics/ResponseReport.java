package org.redress.statistics;

import java.util.List;

/**
 * Response figures per respondent, best answering first (share answered in time, then answered, then relief), groups
 * of fewer than {@code minConsumers} consumers merged into "other" or left out. Field names are part of the API.
 */
public record ResponseReport(String groupBy, int minConsumers, List<ResponseFigures> rows, int suppressedGroups) {
}
