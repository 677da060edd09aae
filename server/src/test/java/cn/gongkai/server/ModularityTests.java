package cn.gongkai.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The server's features are Spring Modulith modules that respect each other's boundaries. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GongkaiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
