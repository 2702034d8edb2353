package org.redress.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything the regulator dashboard shows for one filter. Groups below the small-cell threshold are already merged
 * into "other" or left out; {@code suppressedGroups} says how many. When fewer than k consumers match at all,
 * the dashboard is {@code withheld}: it carries no figures.
 */
public record Dashboard(StatisticsFilter filter, int minConsumers, Headline headline, MonthlySeries monthly,
                        List<GroupFigures> byPlatform, List<GroupFigures> byProvince,
                        List<GroupFigures> byPaymentMethod, List<GroupFigures> topMerchants, List<ResolutionBucket> resolutionTimes,
                        int suppressedGroups, boolean withheld, AgreementFigures agreements) {

    /** Fewer than k consumers match the filter: no figure at all is shown. */
    static Dashboard withheld(StatisticsFilter filter, int minConsumers) {
        return new Dashboard(filter, minConsumers,
                new Headline(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, null, 0),
                new MonthlySeries(List.of(), Map.of()), List.of(), List.of(), List.of(), List.of(),
                List.of(), 0, true, AgreementFigures.none());
    }
}
