package nl.participatiesuite.apirules.test;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The architecture every service keeps, as ArchUnit rules a service's ArchitectureTest applies to its
 * own packages: pure rules that know no framework, resources that leave persistence to services, and
 * no package cycles. The rules themselves live here so the three services are held to the same ones.
 */
public final class SuiteArchitecture {

    /**
     * find, persist, delete, flush, getEntityManager…: what Panache gives an entity. A method the entity declares
     * itself (Initiatief.etagVersie) is no persistence operation, so a resource may call it.
     */
    private static final Set<String> PANACHE_OPERATIONS = Arrays.stream(PanacheEntityBase.class.getMethods())
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());

    private SuiteArchitecture() {
    }

    /**
     * The classes in these packages (a service's {@code regels}, the assessment's {@code engine})
     * depend on nothing but the JDK and each other: domain rules stay plain Java, unit-tested without Quarkus.
     */
    public static ArchRule pureRules(String... packages) {
        String[] allowed = new String[packages.length + 1];
        allowed[0] = "java..";
        System.arraycopy(packages, 0, allowed, 1, packages.length);
        return classes().that().resideInAnyPackage(packages)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("pure domain rules know no framework (" + Arrays.toString(packages) + ")");
    }

    /** A resource reads and writes through a service or repository, never through entities or the EntityManager. */
    public static ArchRule resourcesLeavePersistenceToServices() {
        return noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                        "io.quarkus.hibernate.orm.panache..", "jakarta.transaction..", "io.quarkus.narayana..")
                .orShould().callMethodWhere(describe("a Panache entity operation",
                        (JavaMethodCall call) -> isPanacheEntity(call.getTargetOwner())
                                && isPanacheOperation(call.getName())))
                .because("transactions and persistence belong in services (CONTRIBUTING.md)");
    }

    /** Every entity records its changes in the audit trail (domain.md §4): it names its Auditeerbaar.Hoofdobject. */
    public static ArchRule everyEntityIsAudited() {
        return classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().implement("nl.participatiesuite.apirules.audit.Auditeerbaar")
                .because("every create, change and delete is in the audit trail, by construction");
    }

    /**
     * Every resource method names who may call it: {@code @PermitAll} or {@code @RolesAllowed}. The runtime refuses
     * an unannotated one anyway (default deny); this rule says so at build time, with the method's name.
     */
    public static ArchRule everyEndpointNamesItsAccessRule() {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that()
                .areAnnotatedWith("jakarta.ws.rs.GET").or().areAnnotatedWith("jakarta.ws.rs.POST")
                .or().areAnnotatedWith("jakarta.ws.rs.PUT").or().areAnnotatedWith("jakarta.ws.rs.PATCH")
                .or().areAnnotatedWith("jakarta.ws.rs.DELETE")
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..api..")
                // A REST client to a peer declares the peer's endpoints; its rules are the peer's.
                .and().areDeclaredInClassesThat().areNotInterfaces()
                .should().beAnnotatedWith("jakarta.annotation.security.PermitAll")
                .orShould().beAnnotatedWith("jakarta.annotation.security.RolesAllowed")
                .because("domain.md section 4 names, per endpoint, who may call it");
    }

    /** The feature packages below {@code basePackage} form no cycle. */
    public static ArchRule noPackageCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
    }

    private static boolean isPanacheOperation(String methodName) {
        return PANACHE_OPERATIONS.contains(methodName);
    }

    private static boolean isPanacheEntity(JavaClass owner) {
        return owner.isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                && !owner.getName().startsWith("io.quarkus");
    }
}
