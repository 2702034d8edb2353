package org.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Views stay under 300 lines and services under 400, so that each can be read in one sitting. */
class SizeLimitsTest {

    @Test
    void no_view_over_300_lines_and_no_service_over_400() throws IOException {
        List<String> tooLong = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/redress"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : sources) {
            List<String> lines = Files.readAllLines(file);
            boolean view = file.getParent().endsWith("ui") && file.getFileName().toString().endsWith("View.java");
            boolean service = lines.stream().anyMatch(l -> l.startsWith("@Service"));
            if (view && lines.size() > 300 || service && lines.size() > 400) {
                tooLong.add(file.getFileName() + ": " + lines.size());
            }
        }
        assertThat(tooLong).isEmpty();
    }
}
