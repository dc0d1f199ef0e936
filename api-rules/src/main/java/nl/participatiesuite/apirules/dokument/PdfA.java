package nl.participatiesuite.apirules.dokument;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders a document's HTML page as archival PDF/A-2 (level U: every character maps to Unicode, so the text can be
 * searched and read back). The fonts come from this jar and are embedded (PDF/A forbids relying on the reader's
 * fonts), the output intent is the JDK's own sRGB profile, and nothing is fetched from the network: the HTML
 * carries its stylesheet inline.
 *
 * <p>The HTML must be well-formed XHTML (the templates are written that way); openhtmltopdf parses it as XML.
 */
public final class PdfA {

    /** The one font family of the documents; the stylesheet names it. */
    public static final String LETTERTYPE = "DejaVu Sans";

    public static final PdfAConformance NIVEAU = PdfAConformance.PDFA_2_U;

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    public static byte[] van(String xhtml) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(NIVEAU);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> bron("DejaVuSans.ttf"), LETTERTYPE, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> bron("DejaVuSans-Bold.ttf"), LETTERTYPE, 700, FontStyle.NORMAL, true);
        builder.withProducer("participatie-suite");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(uit);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("De PDF kon niet worden opgemaakt.", e);
        }
        return uit.toByteArray();
    }

    private static InputStream bron(String naam) {
        InputStream in = PdfA.class.getResourceAsStream(naam);
        if (in == null) {
            throw new IllegalStateException("Lettertype " + naam + " ontbreekt in api-rules.");
        }
        return in;
    }
}
