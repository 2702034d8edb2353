package org.redress;

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
    void writesTheModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
