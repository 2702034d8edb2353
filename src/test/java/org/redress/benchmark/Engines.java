package org.redress.benchmark;

import org.redress.search.node.OpenSearchNode;

/**
 * The search engine a benchmark runs on: the embedded Lucene index (default) or, with
 * {@code -Dbench.engine=opensearch}, the elasticsearch profile as several instances would run it (outbox-polling
 * coordination) against a one-node OpenSearch 2.19 started in the benchmark's JVM, so both share the 2 cores. Run
 * with {@code -Dlog4j.provider=org.apache.logging.log4j.core.impl.Log4jProvider -da:org.opensearch...}.
 */
final class Engines {

    private Engines() {
    }

    static boolean openSearch() {
        return "opensearch".equals(System.getProperty("bench.engine"));
    }

    static String[] portalArguments() {
        if (!openSearch()) {
            return new String[0];
        }
        String hosts = OpenSearchNode.start();
        return new String[] {"--spring.profiles.active=bench,elasticsearch",
                "--spring.jpa.properties.hibernate.search.backend.hosts=" + hosts,
                "--spring.jpa.properties.hibernate.search.backend.version=opensearch:2.19",
                "--spring.jpa.properties.hibernate.search.backend.schema_management.settings_file="
                        + "elasticsearch/index-settings-test.json"};
    }
}
