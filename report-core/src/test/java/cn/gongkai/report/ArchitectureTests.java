package cn.gongkai.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report core is a plain library: no framework, and its layers depend one way only. */
class ArchitectureTests {

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gongkai.report");
    }

    @Test
    void noFrameworkInTheCore() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "javax.servlet..", "cn.gongkai.server..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("..report.model..").should().dependOnClassesThat()
                .resideInAnyPackage("..report.parse..", "..report.rules..", "..report.extract..", "..report.cli..",
                        "..report.json..", "..report.render..", "..report.check..")
                .check(classes);
    }

    @Test
    void parsingDoesNotKnowRulesOutputOrCommandLine() {
        noClasses().that().resideInAnyPackage("..report.parse..", "..report.extract..").should().dependOnClassesThat()
                .resideInAnyPackage("..report.rules..", "..report.cli..", "..report.json..", "..report.render..",
                        "..report.check..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesTheCommandLineLibraries() {
        noClasses().that().resideOutsideOfPackage("..report.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("picocli..", "me.tongfei..", "org.apache.commons.csv..")
                .check(classes);
    }
}
