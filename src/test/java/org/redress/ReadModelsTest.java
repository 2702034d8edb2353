package org.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SQL of the statistics module and of dispute suggestions reads other modules' data only through the read
 * models those modules publish (Flyway V12, V16, V17), never their tables; the imports do not show such a dependency, so the
 * module test cannot catch it.
 */
class ReadModelsTest {

    private static final Pattern RELATION = Pattern.compile("\\b(?:from|join)\\s+([a-z_]+)\\b");
    private static final Set<String> PUBLISHED = Set.of("complaint_facts", "merchant_facts",
            "agreement_obligation_facts", "complaint_contacts", "referral_facts");

    @Test
    void statistics_reads_only_published_read_models() throws IOException {
        assertThat(relationsIn(Path.of("src/main/java/org/redress/statistics"))).isNotEmpty()
                .allMatch(PUBLISHED::contains);
    }

    @Test
    void dispute_suggestions_read_complaints_through_the_read_model() throws IOException {
        assertThat(relationsIn(Path.of("src/main/java/org/redress/dispute/DisputeSuggestions.java")))
                .contains("complaint_facts").allMatch(r -> PUBLISHED.contains(r) || r.startsWith("class_dispute"));
    }

    @Test
    void dispute_members_read_complaints_through_the_read_models() throws IOException {
        assertThat(relationsIn(Path.of("src/main/java/org/redress/dispute/DisputeMemberQueries.java")))
                .contains("complaint_contacts").allMatch(r -> PUBLISHED.contains(r) || r.startsWith("class_dispute")
                        || r.startsWith("dispute_"));
    }

    private static Set<String> relationsIn(Path path) throws IOException {
        Set<String> relations = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            // Only string literals: a comment saying "from the index" is no SQL.
            Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(Files.readString(file));
            while (literal.find()) {
                Matcher relation = RELATION.matcher(literal.group(1));
                while (relation.find()) {
                    relations.add(relation.group(1));
                }
            }
        }
        return relations;
    }
}
