package nl.participatiesuite.apirules.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract versioning rules (ContractVersioning) fail where they must, on small OpenAPI 3.1 documents. */
class ContractVersioningRulesTest {

    static final String A = "versionIsSemverAndNotLowerThanReleased";
    static final String B = "breakingChangesNeedAMajorVersionAndAnAnnouncement";
    static final String C = "changesNeedAHigherVersionAndAChangelogEntry";
    static final String D = "changelogHeadingsAreVersionsNewestFirst";

    /** The released 1.2.0: GET and POST /kernen; a request with naam required and omschrijving optional. */
    static final String RELEASED = document("1.2.0", true, "[naam]", false);

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, current contract, changelog, the rules that fail
                Arguments.of("unchanged", RELEASED, log("1.2.0"), Set.of()),
                Arguments.of("operation removed, minor bump",
                        document("1.3.0", false, "[naam]", false), log("1.3.0", "1.2.0"), Set.of(B)),
                Arguments.of("operation removed, major bump without a Breaking item",
                        document("2.0.0", false, "[naam]", false), log("2.0.0", "1.2.0"), Set.of(B)),
                Arguments.of("operation removed, minor bump with a Breaking item",
                        document("1.3.0", false, "[naam]", false), breaking("1.3.0"), Set.of(B)),
                Arguments.of("operation removed, major bump and a Breaking item",
                        document("2.0.0", false, "[naam]", false), breaking("2.0.0"), Set.of()),
                Arguments.of("optional request field made required, minor bump",
                        document("1.3.0", true, "[naam, omschrijving]", false), log("1.3.0", "1.2.0"), Set.of(B)),
                Arguments.of("optional request field made required, major bump and a Breaking item",
                        document("2.0.0", true, "[naam, omschrijving]", false), breaking("2.0.0"), Set.of()),
                Arguments.of("optional response field added, minor bump and a changelog entry",
                        document("1.3.0", true, "[naam]", true), log("1.3.0", "1.2.0"), Set.of()),
                Arguments.of("optional response field added, minor bump without a changelog entry",
                        document("1.3.0", true, "[naam]", true), log("1.2.0"), Set.of(C, D)),
                Arguments.of("optional response field added, no version bump",
                        document("1.2.0", true, "[naam]", true), log("1.2.0"), Set.of(C)),
                Arguments.of("description changed, no version bump",
                        RELEASED.replace("Een kern", "Een dorp"), log("1.2.0"), Set.of(C)),
                Arguments.of("version lower than released",
                        document("1.1.0", true, "[naam]", false), log("1.1.0"), Set.of(A, C)),
                Arguments.of("version not x.y.z",
                        document("1.3", true, "[naam]", false), log("1.2.0"), Set.of(A, D)),
                Arguments.of("changelog not newest first",
                        document("1.3.0", true, "[naam]", true), log("1.3.0", "1.2.0", "1.2.0"), Set.of(D)),
                Arguments.of("changelog heading that is no version",
                        document("1.3.0", true, "[naam]", true), "## Unreleased\n" + log("1.3.0", "1.2.0"), Set.of(D)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRulesThatFail(String name, String contract, String changelog, Set<String> failing) {
        ContractVersioning versioning = new ContractVersioning(contract, changelog, Map.of("openapi-1.2.0.yaml", RELEASED));
        Set<String> failed = new TreeSet<>();
        check(A, versioning.versionIsSemverAndNotLowerThanReleased(), failed);
        check(B, versioning.breakingChangesNeedAMajorVersionAndAnAnnouncement(), failed);
        check(C, versioning.changesNeedAHigherVersionAndAChangelogEntry(), failed);
        check(D, versioning.changelogHeadingsAreVersionsNewestFirst(), failed);
        assertEquals(new TreeSet<>(failing), failed, name);
    }

    @Test
    void aBreakingChangeIsListedWithItsOperationAndWhatChanged() {
        List<String> removed = new ContractVersioning(document("1.3.0", false, "[naam]", false), log("1.3.0", "1.2.0"),
                Map.of("openapi-1.2.0.yaml", RELEASED)).breakingChangesNeedAMajorVersionAndAnAnnouncement();
        assertTrue(removed.stream().anyMatch(line -> line.contains("POST /kernen: operation removed")), removed::toString);

        List<String> required = new ContractVersioning(document("1.3.0", true, "[naam, omschrijving]", false),
                log("1.3.0", "1.2.0"), Map.of("openapi-1.2.0.yaml", RELEASED)).breakingChangesNeedAMajorVersionAndAnAnnouncement();
        assertTrue(required.contains("  - POST /kernen › requestBody › application/json: now required [omschrijving]"),
                required::toString);

        List<String> type = new ContractVersioning(RELEASED.replace("version: \"1.2.0\"", "version: \"1.3.0\"")
                .replaceFirst("naam:\n          type: string", "naam:\n          type: integer"), log("1.3.0", "1.2.0"),
                Map.of("openapi-1.2.0.yaml", RELEASED)).breakingChangesNeedAMajorVersionAndAnAnnouncement();
        assertTrue(type.contains("  - GET /kernen › responses › 200 › application/json › naam: type string → integer"),
                type::toString);
    }

    @Test
    void theNewestReleasedFileIsTheOneCompared(@TempDir Path directory) throws Exception {
        Files.createDirectories(directory.resolve(ContractVersioning.RELEASED));
        Files.writeString(directory.resolve("released/openapi-1.10.0.yaml"), document("1.10.0", false, "[naam]", false));
        Files.writeString(directory.resolve("released/openapi-1.9.0.yaml"), document("1.9.0", true, "[naam]", false));
        Files.writeString(directory.resolve(ContractVersioning.CONTRACT), document("1.10.0", false, "[naam]", false));
        Files.writeString(directory.resolve(ContractVersioning.CHANGELOG), log("1.10.0", "1.9.0"));
        ContractVersioning versioning = ContractVersioning.of(directory);
        assertEquals(List.of(), versioning.versionIsSemverAndNotLowerThanReleased());
        assertEquals(List.of(), versioning.breakingChangesNeedAMajorVersionAndAnAnnouncement());
        assertEquals(List.of(), versioning.changesNeedAHigherVersionAndAChangelogEntry());
    }

    @Test
    void aReleasedFileIsNamedByItsVersion() {
        List<String> problems = new ContractVersioning(RELEASED, log("1.2.0"),
                Map.of("openapi-1.2.0.yaml", RELEASED, "openapi-1.1.0.yaml", RELEASED, "kopie.yaml", RELEASED))
                .versionIsSemverAndNotLowerThanReleased();
        assertEquals(2, problems.size(), problems::toString);
    }

    private static void check(String rule, List<String> problems, Set<String> failed) {
        if (!problems.isEmpty()) {
            failed.add(rule);
        }
    }

    /** Sections for the versions, newest first, each with one Added item. */
    static String log(String... versions) {
        StringBuilder log = new StringBuilder("# Changelog\n\n");
        for (String version : versions) {
            log.append("## ").append(version).append("\n\n### Added\n- iets\n\n");
        }
        return log.toString();
    }

    static String breaking(String version) {
        return "# Changelog\n\n## " + version + "\n\n### Breaking\n- POST /kernen is gone.\n\n## 1.2.0\n\n### Added\n- iets\n";
    }

    static String document(String version, boolean withPost, String requestRequired, boolean responseFieldAdded) {
        String post = """
                    post:
                      operationId: maakKern
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema:
                              $ref: '#/components/schemas/KernRequest'
                      responses:
                        '201':
                          description: Aangemaakt
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Kern'
                """;
        String extra = """
                        inwoners:
                          type: integer
                """;
        return """
                openapi: 3.1.0
                info:
                  title: fixture
                  version: "%s"
                paths:
                  /kernen:
                    get:
                      operationId: lijstKernen
                      responses:
                        '200':
                          description: Een kern
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Kern'
                %scomponents:
                  schemas:
                    Kern:
                      type: object
                      required: [id, naam]
                      properties:
                        id:
                          type: string
                          format: uuid
                        naam:
                          type: string
                %s    KernRequest:
                      type: object
                      required: %s
                      properties:
                        naam:
                          type: string
                        omschrijving:
                          type: string
                """.formatted(version, withPost ? post : "", responseFieldAdded ? extra : "", requestRequired);
    }
}
