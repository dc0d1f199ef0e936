package nl.participatiesuite.registry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import nl.participatiesuite.apirules.test.SuiteArchitecture;

/**
 * The architecture every service keeps (CONTRIBUTING.md), applied to the registry's own classes.
 *
 * <p>The rules are checked in {@code @ArchTest} methods, not {@code @ArchTest ArchRule} fields: the
 * suite's Surefire (3.5.3) does not run field rules at all (TNG/ArchUnit#1442, fixed in 3.5.4), so a
 * field here would pass without ever being checked.
 */
@AnalyzeClasses(packages = "nl.participatiesuite.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules of domain.md §1 are plain Java: they depend on the JDK and on each other only. */
    @ArchTest
    static void regelsZijnPuur(JavaClasses classes) {
        SuiteArchitecture.pureRules("nl.participatiesuite.registry.regels..").check(classes);
    }

    /** A resource calls a service; persistence and transactions stay behind it. */
    @ArchTest
    static void resourcesLatenPersistentieAanServices(JavaClasses classes) {
        SuiteArchitecture.resourcesLeavePersistenceToServices().check(classes);
    }

    /** The feature packages (and regels, common, api, demo) depend on each other without a cycle. */
    @ArchTest
    static void geenPakketcycli(JavaClasses classes) {
        SuiteArchitecture.noPackageCycles("nl.participatiesuite.registry").check(classes);
    }

    /** Every entity records its changes in the audit trail (domain.md §4). */
    @ArchTest
    static void elkeEntiteitHeeftEenAudittrail(JavaClasses classes) {
        SuiteArchitecture.everyEntityIsAudited().check(classes);
    }

    /** Every endpoint says who may call it: @PermitAll or @RolesAllowed (domain.md §4). */
    @ArchTest
    static void elkEndpointNoemtZijnToegangsregel(JavaClasses classes) {
        SuiteArchitecture.everyEndpointNamesItsAccessRule().check(classes);
    }
}
