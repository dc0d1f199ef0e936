package nl.participatiesuite.apirules.dokument;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.participatiesuite.apirules.problem.ProblemException;

/**
 * The three representations of a document (domain.md §6): the data as JSON, an accessible HTML page and an
 * archival PDF/A, all from the same data. Which one a caller gets is content negotiation on {@code Accept}; a
 * caller that accepts none of them gets 406 problem+json, never a representation it did not ask for.
 */
public enum Documentvorm {

    JSON(MediaType.APPLICATION_JSON_TYPE),
    HTML(MediaType.TEXT_HTML_TYPE),
    PDF(new MediaType("application", "pdf"));

    public static final String PDF_MEDIA_TYPE = "application/pdf";

    /** The HTML is always UTF-8 (it says so in its meta element too). */
    public static final String HTML_MEDIA_TYPE = "text/html;charset=UTF-8";

    private final MediaType mediaType;

    Documentvorm(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * The first representation the caller accepts, in the order of its {@code Accept} header (quality first);
     * within one wildcard ({@code *}/{@code *}, {@code application/*}) JSON comes before PDF, because the data is
     * the primary representation. No {@code Accept} means anything, so JSON.
     *
     * @throws ProblemException 406 when the caller accepts none of the three
     */
    public static Documentvorm kies(HttpHeaders headers) {
        List<MediaType> geaccepteerd = headers.getAcceptableMediaTypes();
        for (MediaType gevraagd : geaccepteerd) {
            if ("0".equals(gevraagd.getParameters().get("q")) || "0.0".equals(gevraagd.getParameters().get("q"))) {
                continue;
            }
            for (Documentvorm vorm : values()) {
                if (gevraagd.isCompatible(vorm.mediaType)) {
                    return vorm;
                }
            }
        }
        throw new ProblemException(406, "niet-acceptabel", "Niet acceptabel",
                "Dit document is er als application/json, text/html en application/pdf; vraag een daarvan met Accept.");
    }
}
