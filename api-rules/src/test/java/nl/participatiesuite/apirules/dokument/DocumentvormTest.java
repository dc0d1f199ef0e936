package nl.participatiesuite.apirules.dokument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Proxy;
import java.util.List;
import nl.participatiesuite.apirules.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Content negotiation of a document: which representation for which Accept, and 406 for none of the three. */
class DocumentvormTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "application/json|JSON",
            "text/html|HTML",
            "application/pdf|PDF",
            "*/*|JSON",
            "application/*|JSON",
            "text/*|HTML",
            "text/plain;q=0.9, application/pdf;q=0.5|PDF",
            "application/pdf;q=0.4, text/html;q=0.8|HTML",
            "application/json;q=0, text/html|HTML",
            "text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8|HTML"})
    void kiestDeEersteVormDieDeAanroeperAccepteert(String accept, Documentvorm verwacht) {
        assertEquals(verwacht, Documentvorm.kies(headers(accept)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "image/png", "application/json;q=0",
            "application/pdf;q=0, text/csv"})
    void geenVanDeDrieIs406(String accept) {
        ProblemException e = assertThrows(ProblemException.class, () -> Documentvorm.kies(headers(accept)));
        assertEquals(406, e.status());
    }

    /** The sorted media types JAX-RS gives for an Accept header (quality first, then specificity). */
    private static HttpHeaders headers(String accept) {
        List<MediaType> typen = java.util.Arrays.stream(accept.split(","))
                .map(String::strip).map(MediaType::valueOf)
                .sorted((a, b) -> Double.compare(q(b), q(a)))
                .toList();
        return (HttpHeaders) Proxy.newProxyInstance(DocumentvormTest.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableMediaTypes")) {
                        return typen;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static double q(MediaType type) {
        return Double.parseDouble(type.getParameters().getOrDefault("q", "1"));
    }
}
