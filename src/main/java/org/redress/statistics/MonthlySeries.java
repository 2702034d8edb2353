package org.redress.statistics;

import java.util.List;
import java.util.Map;

/**
 * Complaints per month stacked by category. Cells with fewer than k consumers are added to the "other" series; an
 * "other" cell still below k is left empty (null).
 *
 * @param counts per series key (category constant or {@link SmallCells#OTHER}), one value per month
 */
public record MonthlySeries(List<String> months, Map<String, List<Long>> counts) {
}
