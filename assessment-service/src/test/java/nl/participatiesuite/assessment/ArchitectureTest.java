package nl.participatiesuite.assessment;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import nl.participatiesuite.apirules.test.SuiteArchitecture;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The architecture of the assessment-service, held by the shared rules of {@link SuiteArchitecture}: the
 * samenwerkingswijzer's engine and the BINNO trajectory rules are plain Java, resources leave transactions and
 * persistence to services, the feature packages form no cycle, every entity is audited and every endpoint names
 * who may call it.
 *
 * <p>The rules are methods, not {@code ArchRule} fields: Surefire's {@code -Dtest=ArchitectureTest} filter keeps
 * only tests with a method source, so field rules would silently run zero tests when this class is run alone.
 */
@AnalyzeClasses(packages = "nl.participatiesuite.assessment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static void deEngineIsZuiver(JavaClasses classes) {
        SuiteArchitecture.pureRules("nl.participatiesuite.assessment.engine..").check(classes);
    }

    @ArchTest
    static void deTrajectregelsZijnZuiver(JavaClasses classes) {
        SuiteArchitecture.pureRules("nl.participatiesuite.assessment.traject.domain..").check(classes);
    }

    @ArchTest
    static void resourcesLatenPersistentieAanServices(JavaClasses classes) {
        SuiteArchitecture.resourcesLeavePersistenceToServices().check(classes);
    }

    @ArchTest
    static void geenPakketcycli(JavaClasses classes) {
        SuiteArchitecture.noPackageCycles("nl.participatiesuite.assessment").check(classes);
    }

    /** domain.md §4: every entity records its changes in the audit trail. */
    @ArchTest
    static void elkeEntiteitHeeftEenAudittrail(JavaClasses classes) {
        SuiteArchitecture.everyEntityIsAudited().check(classes);
    }

    /**
     * domain.md §4: every endpoint says who may call it (@PermitAll or @RolesAllowed). The shared rule also matches
     * the JAX-RS annotations of the peer clients ({@code @RegisterRestClient} interfaces in {@code peer}), which are
     * calls this service makes, not endpoints it serves; those are left out here.
     */
    @ArchTest
    static void elkEndpointNoemtZijnToegangsregel(JavaClasses classes) {
        SuiteArchitecture.everyEndpointNamesItsAccessRule().check(classes);
    }
}
