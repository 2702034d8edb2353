package org.redress.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The elasticsearch profile, as far as it can be checked without a server (none can be started on this machine):
 * the application starts on it, Hibernate Search coordinates through the outbox, and the index schema it would
 * create has the same analyzers as the Lucene one, attached to the same fields. An integration test (own JVM): a
 * second application context would replace the security-context strategy the other tests' mock users rely on.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:redress-es-config;DB_CLOSE_DELAY=-1",
        "spring.jpa.properties.hibernate.search.backend.version=8.15.0",
        "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=none"})
@ActiveProfiles({"test", "elasticsearch"})
class ElasticsearchConfigurationIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theExpectedIndexSchemaHasTheSameAnalyzersOnTheSameFields() throws IOException {
        Path dir = Files.createTempDirectory("redress-es-schema");
        Search.mapping(entityManagerFactory).scope(Object.class).schemaManager().exportExpectedSchema(dir);
        String complaint = jsonUnder(dir, "complaint");
        assertThat(complaint).contains("\"cjk_bigram\"").contains("\"keep_types\"").contains("<IDEOGRAPHIC>")
                .contains("\"porter_stem\"").contains("\"possessive_english\"").contains("\"number_of_shards\"");
        assertThat(complaint).containsPattern("\"narrative_cjk\"\\s*:\\s*\\{[^}]*\"analyzer\"\\s*:\\s*\"cjk_bigram\"");
        assertThat(complaint).containsPattern("\"narrative_en\"\\s*:\\s*\\{[^}]*\"analyzer\"\\s*:\\s*\"english\"");
        String merchant = jsonUnder(dir, "merchant");
        assertThat(merchant).contains("\"edge_ngram\"").contains("\"name_ngram\"");
    }

    @Test
    void indexingIsCoordinatedThroughTheOutbox() {
        OutboxPollingSearchMapping mapping = Search.mapping(entityManagerFactory)
                .extension(OutboxPollingExtension.get());
        assertThat(mapping.countAbortedEvents()).isZero();
    }

    private static String jsonUnder(Path dir, String index) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().contains(index) && p.toString().endsWith(".json"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).collect(Collectors.joining("\n"))
                    // The exported JSON escapes angle brackets (HTML-safe).
                    .replace("\\u003c", "<").replace("\\u003e", ">");
        }
    }
}
