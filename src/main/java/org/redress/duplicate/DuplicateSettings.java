package org.redress.duplicate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of duplicate detection.
 *
 * @param threshold pairs scoring at least this much are listed as likely duplicates
 */
@ConfigurationProperties(prefix = "redress.duplicates")
public record DuplicateSettings(Double threshold) {

    public static final double DEFAULT_THRESHOLD = 0.6;

    public DuplicateSettings {
        if (threshold == null || threshold <= 0 || threshold > 1) {
            threshold = DEFAULT_THRESHOLD;
        }
    }
}
