package nl.participatiesuite.apirules.ingang;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API root, {@code GET /api/v1}: the service's name and version, its contract and its collections as links, so a
 * front-end team starts from one URL. It is public (it names no data) and does no database work, which also makes it
 * the benchmark's reference: it goes through the whole REST stack (the HTTP rules, security, serialisation) and
 * nothing else, so every figure of {@code bench/RESULTS.md} is a ratio to it, measured in the same run.
 *
 * <p>The collections are the first path segments of the service's own resource classes, read once at the first call:
 * a resource added later is listed without anyone remembering to, and {@code ContractDriftTest} holds the list equal to
 * the contract's paths.
 */
@Path("/")
@Tag(name = "ingang", description = "De ingang van de API: wat deze service aanbiedt.")
public class ApiIngang {

    private final BeanManager beans;
    private final String naam;
    private final String versie;
    private volatile List<String> collecties;

    ApiIngang(BeanManager beans, @ConfigProperty(name = "quarkus.application.name") String naam,
            @ConfigProperty(name = "api.version") String versie) {
        this.beans = beans;
        this.naam = naam;
        this.versie = versie;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "De ingang van de API: deze service, haar contract en haar collecties als links",
            description = "Openbaar en zonder gegevens. Elke collectie van de service staat erin met haar URL; het"
                    + " OpenAPI-document beschrijft wat er met elk kan.")
    @APIResponse(responseCode = "200", description = "De ingang")
    public ApiIngangResponse ingang(@Context UriInfo uriInfo) {
        return ApiIngangResponse.van(naam, versie, collecties(), uriInfo.getBaseUriBuilder());
    }

    /** The first path segments of this service's resource classes, sorted: its collections (also the kanalen of its notifications). */
    public List<String> collecties() {
        List<String> bekend = collecties;
        if (bekend == null) {
            TreeSet<String> gevonden = new TreeSet<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                String collectie = collectieVan(bean.getBeanClass());
                if (collectie != null) {
                    gevonden.add(collectie);
                }
            }
            bekend = List.copyOf(gevonden);
            collecties = bekend;
        }
        return bekend;
    }

    /**
     * The first segment of a resource class's path; none for the root itself, for REST clients (interfaces) and for
     * a class whose operations are all hidden from the contract.
     */
    static String collectieVan(Class<?> klasse) {
        Path pad = klasse.getAnnotation(Path.class);
        if (pad == null || klasse.isInterface() || !heeftZichtbareOperatie(klasse)) {
            return null;
        }
        String[] delen = pad.value().replaceFirst("^/+", "").split("/", 2);
        String eerste = delen[0];
        return eerste.isEmpty() || eerste.startsWith("{") ? null : eerste;
    }

    private static boolean heeftZichtbareOperatie(Class<?> klasse) {
        for (Method methode : klasse.getDeclaredMethods()) {
            boolean operatie = Arrays.stream(methode.getAnnotations())
                    .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
            Operation beschrijving = methode.getAnnotation(Operation.class);
            if (operatie && (beschrijving == null || !beschrijving.hidden())) {
                return true;
            }
        }
        return false;
    }
}
