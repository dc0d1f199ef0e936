package nl.participatiesuite.apirules.dokument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Answers a document request in the representation the caller negotiated ({@link Documentvorm}): the response
 * record as JSON, or the service's Qute template filled with that same record as HTML, or that HTML as PDF/A.
 *
 * <p>The template does not get the record itself but the record as the caller's JSON would show it: serialised by
 * the application's ObjectMapper, so the personal fields a caller may not see (domain.md §4) are already left out
 * by {@code PersoonsgegevensAfscherming}, and the three representations can never differ in what they reveal. In
 * the template a left-out field is simply absent ({@code {x.naam??}}).
 */
@ApplicationScoped
public class Documentweergave {

    private static final TypeReference<Map<String, Object>> BOOM = new TypeReference<>() {
    };

    /** The one stylesheet of every document, inlined so that the page and the PDF need nothing else. */
    static final String STIJL = lees("dokument.css");

    private final ObjectMapper mapper;

    Documentweergave(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param vorm        what the caller negotiated ({@link Documentvorm#kies}), before the document was made
     * @param document    the response record (it names its gemeente: {@code GemeenteGebonden})
     * @param template    the service's template for this document
     * @param bestandsnaam the PDF's file name, without extension
     */
    public Response antwoord(Documentvorm vorm, Object document, Template template, String bestandsnaam) {
        return switch (vorm) {
            case JSON -> Response.ok(document, vorm.mediaType()).build();
            case HTML -> Response.ok(html(document, template), Documentvorm.HTML_MEDIA_TYPE).build();
            case PDF -> Response.ok(PdfA.van(html(document, template)), Documentvorm.PDF_MEDIA_TYPE)
                    .header("Content-Disposition", "inline; filename=\"" + bestandsnaam + ".pdf\"").build();
        };
    }

    /** The HTML page of a document, as the caller may see it. */
    public String html(Object document, Template template) {
        return template.data("d", zichtbaar(document)).data("stijl", STIJL).render();
    }

    private Map<String, Object> zichtbaar(Object document) {
        try {
            return mapper.readValue(mapper.writeValueAsBytes(document), BOOM);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Document niet als JSON te schrijven: " + document.getClass().getName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lees(String naam) {
        try (InputStream in = Documentweergave.class.getResourceAsStream(naam)) {
            if (in == null) {
                throw new IllegalStateException(naam + " ontbreekt in api-rules.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
