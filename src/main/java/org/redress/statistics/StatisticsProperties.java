package org.redress.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the regulator statistics.
 *
 * @param minConsumers the small-cell threshold k: groups with fewer distinct consumers are merged into "other"
 */
@ConfigurationProperties(prefix = "redress.statistics")
public record StatisticsProperties(Integer minConsumers) {

    public StatisticsProperties {
        if (minConsumers == null || minConsumers < 1) {
            minConsumers = 5;
        }
    }
}
