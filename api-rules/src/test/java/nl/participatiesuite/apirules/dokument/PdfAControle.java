package nl.participatiesuite.apirules.dokument;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the reference validator of the PDF Association, on a document's PDF: every failed rule of the PDF/A
 * level {@link PdfA} promises, with its clause and message. An empty list means conforming.
 */
public final class PdfAControle {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAControle() {
    }

    public static List<String> overtredingen(byte[] pdf) {
        PDFAFlavour niveau = PDFAFlavour.fromString(PdfA.NIVEAU.getPart() + PdfA.NIVEAU.getConformanceValue().toLowerCase());
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), niveau);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(niveau, false)) {
            ValidationResult uitslag = validator.validate(parser);
            List<String> fouten = uitslag.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " (" + a.getLocation().getContext() + ")")
                    .distinct()
                    .toList();
            if (!uitslag.isCompliant() && fouten.isEmpty()) {
                return List.of("veraPDF: niet conform " + niveau + " (" + uitslag.getJobEndStatus() + ")");
            }
            return fouten;
        } catch (Exception e) {
            return List.of("veraPDF kon de PDF niet lezen: " + e);
        }
    }
}
