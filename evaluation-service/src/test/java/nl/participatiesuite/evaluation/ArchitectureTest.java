package nl.participatiesuite.evaluation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import nl.participatiesuite.apirules.test.SuiteArchitecture;

/**
 * The architecture of the suite (SuiteArchitecture in api-rules), held for the evaluation's own classes.
 * The rules are applied in @ArchTest methods, not fields: Surefire 3.5.3 silently skips @ArchTest fields
 * (apache/maven-surefire#839, TNG/ArchUnit#1442), so a field rule would never fail the build.
 */
@AnalyzeClasses(packages = "nl.participatiesuite.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    void regelsAreJavaOnly(JavaClasses classes) {
        SuiteArchitecture.pureRules("nl.participatiesuite.evaluation.regels..").check(classes);
    }

    @ArchTest
    void resourcesLeavePersistenceToServices(JavaClasses classes) {
        SuiteArchitecture.resourcesLeavePersistenceToServices().check(classes);
    }

    @ArchTest
    void featurePackagesFormNoCycle(JavaClasses classes) {
        SuiteArchitecture.noPackageCycles("nl.participatiesuite.evaluation").check(classes);
    }

    @ArchTest
    void everyEntityIsAudited(JavaClasses classes) {
        SuiteArchitecture.everyEntityIsAudited().check(classes);
    }

    /**
     * The peer clients carry JAX-RS method annotations too, but they are calls this service makes, not endpoints
     * it serves: they are left out (the shared rule in api-rules does not tell them apart yet).
     */
    @ArchTest
    void everyEndpointNamesItsAccessRule(JavaClasses classes) {
        SuiteArchitecture.everyEndpointNamesItsAccessRule().check(classes);
    }
}
