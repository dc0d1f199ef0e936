package nl.participatiesuite.apirules.dokument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a document a test fetched under {@code target/documenten}: the axe check reads the page from there, and a
 * developer can open what the last run served.
 */
public final class Testdocumenten {

    private Testdocumenten() {
    }

    /** Writes the document as {@code target/documenten/<bestandsnaam>} and returns where. */
    public static Path bewaar(String bestandsnaam, byte[] inhoud) throws IOException {
        Path bestand = Path.of("target", "documenten", bestandsnaam);
        Files.createDirectories(bestand.getParent());
        return Files.write(bestand, inhoud);
    }
}
