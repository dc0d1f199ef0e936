package nl.participatiesuite.apirules.dokument;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The picture of page 1 of a document for the README (docs/), rendered from the PDF the API served, so it shows
 * exactly what a reader gets. Written only when the build is asked to ({@code -Ddocumenten.schermafdrukken=<map>},
 * see docs/README), so an ordinary test run never changes committed files.
 */
public final class Schermafdruk {

    public static final String EIGENSCHAP = "documenten.schermafdrukken";

    private Schermafdruk() {
    }

    /** @return where page 1 was written, or null when no folder was asked for */
    public static Path eerstePagina(byte[] pdf, String naam) {
        String map = System.getProperty(EIGENSCHAP);
        if (map == null || map.isBlank()) {
            return null;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage beeld = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path doel = Path.of(map).toAbsolutePath().resolve(naam + ".png");
            Files.createDirectories(doel.getParent());
            ImageIO.write(beeld, "png", doel.toFile());
            return doel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
