package nl.participatiesuite.apirules.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's contract against its last released version (ContractVersioning): a change needs a higher version
 * and a CHANGELOG.md section, a breaking one a higher major version and a "### Breaking" item. Plain JUnit: it
 * reads files only, so no Quarkus application starts for it.
 */
public abstract class ContractVersioningTest {

    private ContractVersioning contract;

    /** Where openapi.yaml, CHANGELOG.md and released/ are (ContractRequests.CONTRACT's directory). */
    protected Path contractDirectory() {
        return Path.of("src/main/openapi");
    }

    @BeforeEach
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
