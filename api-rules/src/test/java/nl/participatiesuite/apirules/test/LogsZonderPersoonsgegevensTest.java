package nl.participatiesuite.apirules.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Personal data never appears in logs (domain.md §4): after all tests of a service ran (this runs in the
 * integration-test phase, as {@code *IT}), every line they logged — the service's own log, Quarkus's, the
 * access log — is searched for the personal values the tests sent and for any e-mail address at all.
 */
public abstract class LogsZonderPersoonsgegevensTest {

    private static final Path UITVOER = Path.of("target/surefire-reports");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @Test
    void noTestRunLoggedPersonalData() throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(UITVOER)) {
            logs = files.filter(file -> file.getFileName().toString().endsWith("-output.txt")).toList();
        }
        StringBuilder alles = new StringBuilder();
        for (Path log : logs) {
            alles.append(Files.readString(log, StandardCharsets.UTF_8));
        }
        // Not vacuous: the service did log (it started, and it logged requests), and the tests sent personal data.
        assertTrue(alles.indexOf("Installed features") >= 0, "no captured service log in " + UITVOER.toAbsolutePath());
        List<String> gevonden = new ArrayList<>();
        for (String waarde : Persoonsgegevens.ALLE) {
            if (alles.indexOf(waarde) >= 0) {
                gevonden.add(waarde);
            }
        }
        Matcher email = EMAIL.matcher(alles);
        while (email.find()) {
            gevonden.add(email.group());
        }
        assertTrue(gevonden.isEmpty(), "personal data in the logs of the test run: " + gevonden);
    }
}
