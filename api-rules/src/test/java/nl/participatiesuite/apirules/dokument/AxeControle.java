package nl.participatiesuite.apirules.dokument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * axe-core (WCAG 2.0 and 2.1, levels A and AA) on document pages in headless Chromium, through
 * {@code build-tools/axe/axe-check.mjs} (puppeteer-core with Debian's chromium). Government pages must meet WCAG
 * 2.1 AA, so any violation fails the test with axe's own description.
 *
 * <p>A plain clone without Chromium, Node or the script's npm packages still builds: the check is then skipped
 * with a warning that says what is missing. In CI (environment variable {@code CI} set, as {@code .ci/run} does,
 * which installs all three) a missing part fails instead, so the check can never silently not run there.
 */
public final class AxeControle {

    private AxeControle() {
    }

    public static void geenSchendingen(List<Path> paginas) {
        Path map = axeMap();
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        List<String> ontbreekt = new ArrayList<>();
        if (map == null) {
            ontbreekt.add("build-tools/axe (niet gevonden boven " + Path.of("").toAbsolutePath() + ")");
        } else if (!Files.isDirectory(map.resolve("node_modules/puppeteer-core"))
                || !Files.isDirectory(map.resolve("node_modules/axe-core"))) {
            ontbreekt.add("de npm-pakketten (npm ci --prefix build-tools/axe)");
        }
        if (!Files.isExecutable(Path.of(chromium))) {
            ontbreekt.add("Chromium op " + chromium + " (apt-get install chromium)");
        }
        if (!werkt("node", "--version")) {
            ontbreekt.add("Node.js (apt-get install nodejs npm)");
        }
        if (!ontbreekt.isEmpty()) {
            String melding = "De toegankelijkheidscontrole (axe-core, WCAG 2.1 AA) kan niet draaien; ontbreekt: "
                    + String.join(", ", ontbreekt) + ". .ci/run installeert het.";
            if (System.getenv("CI") != null) {
                fail(melding);
            }
            System.err.println("[WARNING] " + melding);
            Assumptions.abort(melding);
        }
        List<String> opdracht = new ArrayList<>(List.of("node", map.resolve("axe-check.mjs").toString()));
        paginas.forEach(p -> opdracht.add(p.toAbsolutePath().toString()));
        try {
            Path log = Files.createTempFile("axe-", ".log");
            Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!proces.waitFor(3, TimeUnit.MINUTES)) {
                proces.destroyForcibly();
                fail("axe-check.mjs gaf binnen 3 minuten geen antwoord.");
            }
            String uitvoer = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            System.out.println(uitvoer);
            assertEquals(0, proces.exitValue(), "axe-core vond schendingen van WCAG 2.1 AA (of kon niet draaien):\n" + uitvoer);
        } catch (IOException e) {
            fail("axe-check.mjs kon niet starten: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("onderbroken");
        }
    }

    private static Path axeMap() {
        for (Path map = Path.of("").toAbsolutePath(); map != null; map = map.getParent()) {
            Path axe = map.resolve("build-tools/axe/axe-check.mjs");
            if (Files.isRegularFile(axe)) {
                return axe.getParent();
            }
        }
        return null;
    }

    private static boolean werkt(String... opdracht) {
        try {
            Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
            proces.getInputStream().readAllBytes();
            return proces.waitFor(30, TimeUnit.SECONDS) && proces.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
