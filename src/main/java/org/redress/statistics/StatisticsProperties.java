package org.redress.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the regulator statistics.
 *
 * @param minConsumers          the small-cell threshold k: groups with fewer distinct consumers are merged into "other"
 * @param dashboardCacheSeconds how long a dashboard computed for a filter is reused (0: never)
 */
@ConfigurationProperties(prefix = "redress.statistics")
public record StatisticsProperties(Integer minConsumers, Integer dashboardCacheSeconds) {

    public StatisticsProperties {
        if (minConsumers == null || minConsumers < 1) {
            minConsumers = 5;
        }
        if (dashboardCacheSeconds == null || dashboardCacheSeconds < 0) {
            dashboardCacheSeconds = 30;
        }
    }
}
