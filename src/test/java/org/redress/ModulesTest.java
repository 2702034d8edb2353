package org.redress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features depend downhill, each only on what its package-info allows (Spring Modulith): no cycle between
 * modules, and no reach into another module's internals beyond its named interfaces. Writes the module diagrams
 * into docs/modules, so the committed diagrams follow the code.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(RedressApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyAllowAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        // The documenter lists components and relations in hash order; sorted runs keep the committed files stable.
        try (Stream<Path> files = Files.list(DIAGRAMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, sortedRuns(Files.readAllLines(file)));
            }
        }
    }

    static final Path DIAGRAMS = Path.of("docs", "modules");

    /** Each run of consecutive component or relation lines, sorted; every other line stays where it is. */
    static List<String> sortedRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            boolean sortable = line.stripLeading().startsWith("Component(") || line.startsWith("Rel(");
            if (!sortable || (!run.isEmpty() && !kind(run.getFirst()).equals(kind(line)))) {
                Collections.sort(run);
                out.addAll(run);
                run.clear();
            }
            if (sortable) {
                run.add(line);
            } else {
                out.add(line);
            }
        }
        Collections.sort(run);
        out.addAll(run);
        return out;
    }

    private static String kind(String line) {
        return line.stripLeading().startsWith("Rel(") ? "rel" : "component";
    }
}
