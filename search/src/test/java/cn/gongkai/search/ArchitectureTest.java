package cn.gongkai.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The search module is plain Java over Hibernate Search: no framework, and it knows nothing of the server. */
@AnalyzeClasses(packages = "cn.gongkai.search", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noSpring = noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule notTheServer = noClasses().should().dependOnClassesThat().resideInAPackage("cn.gongkai.server..");

    /** Callers speak in ItemDocument and SearchQuery; Lucene's own types stay inside. */
    @ArchTest
    static final ArchRule luceneOnlyInTheAnalysis = noClasses().that().doNotHaveSimpleName("ChineseAnalysis")
            .and().doNotHaveSimpleName("Lucene").should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");
}
