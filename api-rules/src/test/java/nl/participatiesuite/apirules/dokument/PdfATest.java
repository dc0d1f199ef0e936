package nl.participatiesuite.apirules.dokument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The PDF/A renderer against veraPDF, and veraPDF itself against a PDF that is no PDF/A (so the check can fail). */
class PdfATest {

    private static final String PAGINA = """
            <!DOCTYPE html>
            <html lang="nl" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8" /><title>Proef</title>
            <style>%s</style></head>
            <body><header class="paginakop"><p>Gemeente GM0214 · regelset standaard-1</p></header>
            <main><h1>Proef met ë, €, ‘quotes’ en — streepjes</h1>
            <table><thead><tr><th scope="col">Belanghebbende</th><th scope="col">Niveau</th></tr></thead>
            <tbody><tr><th scope="row">Omwonenden</th><td><strong>MEEDOEN</strong></td></tr></tbody></table></main>
            </body></html>""".formatted(Documentweergave.STIJL);

    @Test
    void eenDocumentIsPdfA2MetDeTekstTerugTeLezen() {
        byte[] pdf = PdfA.van(PAGINA);
        assertEquals(List.of(), PdfAControle.overtredingen(pdf));
        String tekst = PdfTekst.geheel(pdf);
        for (String verwacht : List.of("Gemeente GM0214", "Proef met ë, €, ‘quotes’ en — streepjes", "Omwonenden",
                "MEEDOEN", "Pagina 1 van 1")) {
            assertTrue(tekst.contains(verwacht), verwacht + " in " + tekst);
        }
    }

    @Test
    void veraPdfWeigertEenGewonePdfMetEenNietIngebedLettertype() throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage pagina = new PDPage();
            document.addPage(pagina);
            try (PDPageContentStream inhoud = new PDPageContentStream(document, pagina)) {
                inhoud.beginText();
                inhoud.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                inhoud.showText("Geen PDF/A");
                inhoud.endText();
            }
            document.save(uit);
        }
        List<String> overtredingen = PdfAControle.overtredingen(uit.toByteArray());
        assertFalse(overtredingen.isEmpty());
    }
}
