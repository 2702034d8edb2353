package org.redress.base;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Top-level settings: where data lives and which time zone the association works in.
 *
 * @param dataDir directory holding the database, the search index and evidence files
 * @param zone    the zone in which dates (deadlines, "today") are reckoned
 */
@ConfigurationProperties(prefix = "redress")
public record RedressProperties(Path dataDir, ZoneId zone) {

    public RedressProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (zone == null) {
            zone = ZoneId.of("Asia/Shanghai");
        }
    }
}
