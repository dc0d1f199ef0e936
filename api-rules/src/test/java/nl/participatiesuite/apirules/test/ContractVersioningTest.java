package nl.participatiesuite.apirules.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service's contract against its last released version (ContractVersioning): a change needs a higher version
 * and a CHANGELOG.md section, a breaking one a higher major version and a "### Breaking" item. Plain JUnit: it
 * reads files only, so no Quarkus application starts for it. One instance for the four rules: they share the diff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContractVersioningTest {

    private ContractVersioning contract;

    /** Where openapi.yaml, CHANGELOG.md and released/ are (ContractRequests.CONTRACT's directory). */
    protected Path contractDirectory() {
        return Path.of("src/main/openapi");
    }

    @BeforeAll
    void readContract() {
        contract = ContractVersioning.of(contractDirectory());
    }

    @Test
    void versionIsSemverAndNotLowerThanReleased() {
        holds(contract.versionIsSemverAndNotLowerThanReleased());
    }

    @Test
    void breakingChangesNeedAMajorVersionAndAnAnnouncement() {
        holds(contract.breakingChangesNeedAMajorVersionAndAnAnnouncement());
    }

    @Test
    void changesNeedAHigherVersionAndAChangelogEntry() {
        holds(contract.changesNeedAHigherVersionAndAChangelogEntry());
    }

    @Test
    void changelogHeadingsAreVersionsNewestFirst() {
        holds(contract.changelogHeadingsAreVersionsNewestFirst());
    }

    private void holds(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> contractDirectory() + " (see CONTRIBUTING.md, \"Contracts\"):\n"
                + String.join("\n", problems));
    }
}
