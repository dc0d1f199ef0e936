package nl.participatiesuite.apirules.dokument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF read back with PDFBox, per page, with runs of white space as one space. In the order the PDF
 * draws it (not sorted by position): a table cell's lines then stay together, where a visual order would interleave
 * them with the cells beside it; a bold run inside a sentence may come after that sentence's line.
 */
public final class PdfTekst {

    private PdfTekst() {
    }

    public static List<String> perPagina(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> paginas = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int pagina = 1; pagina <= document.getNumberOfPages(); pagina++) {
                stripper.setStartPage(pagina);
                stripper.setEndPage(pagina);
                paginas.add(stripper.getText(document).replaceAll("\\s+", " ").trim());
            }
            return paginas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String geheel(byte[] pdf) {
        return String.join(" ", perPagina(pdf));
    }
}
