package nl.participatiesuite.clientstories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the running suite is and who calls it, and the few checks every story makes on what the generated clients
 * give back (status, the documented ETag and Location headers). No HTTP of its own: the stories call the API only
 * through the generated API classes.
 *
 * <p>Settings (environment, or the system property in brackets): {@code CLIENT_STORIES_REGISTRY_URL},
 * {@code CLIENT_STORIES_ASSESSMENT_URL}, {@code CLIENT_STORIES_EVALUATION_URL} ({@code clientstories.registry.url}, …):
 * the base URLs including {@code /api/v1}; {@code CLIENT_STORIES_TOKEN_MEDEWERKER}, {@code CLIENT_STORIES_TOKEN_BEHEERDER}
 * ({@code clientstories.token.medewerker}, …): access tokens of a medewerker and a beheerder of {@link #GEMEENTE}.
 * {@code .ci/client-stories} sets them all.
 */
final class Suite {

    /** The gemeente of the demo users the tokens belong to (Buren). */
    static final String GEMEENTE = "GM0214";

    /** A strong ETag as the contract documents it: the version number between double quotes. */
    static final Pattern STERKE_ETAG = Pattern.compile("\"\\d+\"");

    private static final String UUID_PATROON = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";

    private Suite() {
    }

    static String url(String service) {
        String waarde = instelling("CLIENT_STORIES_" + service.toUpperCase(Locale.ROOT) + "_URL",
                "clientstories." + service + ".url");
        return waarde.endsWith("/") ? waarde.substring(0, waarde.length() - 1) : waarde;
    }

    static String token(String rol) {
        return instelling("CLIENT_STORIES_TOKEN_" + rol.toUpperCase(Locale.ROOT), "clientstories.token." + rol);
    }

    private static String instelling(String env, String property) {
        String waarde = System.getProperty(property, System.getenv(env));
        if (waarde == null || waarde.isBlank()) {
            fail("Not set: " + env + " (or -D" + property + "). Run the stories with .ci/client-stories, which starts "
                    + "the suite and sets the base URLs and tokens.");
        }
        return waarde.strip();
    }

    /**
     * The generated client's own ObjectMapper, made strict: a field in an answer that the contract does not
     * document fails the call instead of being dropped silently, so the stories also prove that the schemas hold
     * what the services send.
     */
    static ObjectMapper strikt(ObjectMapper mapper) {
        return mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    /** The one value of a response header (names compared case-insensitively), or a failure when absent. */
    static String header(Map<String, List<String>> headers, String naam) {
        List<String> waarden = headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(naam))
                .flatMap(e -> e.getValue().stream())
                .toList();
        assertEquals(1, waarden.size(), "exactly one " + naam + " header expected, got " + waarden + " in " + headers);
        return waarden.get(0);
    }

    /** Checks status and the documented {@code ETag} header (a strong ETag, {@code "3"}); returns it. */
    static String etag(String wat, int verwacht, int status, Map<String, List<String>> headers) {
        assertEquals(verwacht, status, wat + ": status");
        String etag = header(headers, "ETag");
        assertTrue(STERKE_ETAG.matcher(etag).matches(),
                wat + ": ETag must be a strong ETag, the version between double quotes (\"3\"), not " + etag);
        return etag;
    }

    /** The version number in a strong ETag. */
    static long versie(String etag) {
        return Long.parseLong(etag.substring(1, etag.length() - 1));
    }

    /**
     * The documented {@code Location} header of a 201: an absolute URL on the client's own base URL whose path is
     * {@code pad} (with {@code {…}} for each id, e.g. {@code /initiatieven/{id}}). Returns the ids in it, in order,
     * for the generated GET that resolves it.
     */
    static List<UUID> locatie(String wat, Map<String, List<String>> headers, String basis, String pad) {
        String location = header(headers, "Location");
        assertNotNull(location);
        assertTrue(URI.create(location).isAbsolute(), wat + ": Location must be an absolute URL, not " + location);
        String patroon = Pattern.quote(basis) + pad.replaceAll("\\{[^}]+}", UUID_PATROON);
        Matcher matcher = Pattern.compile(patroon).matcher(location);
        assertTrue(matcher.matches(), wat + ": Location " + location + " is not " + basis + pad);
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
            ids.add(UUID.fromString(matcher.group(i)));
        }
        return ids;
    }

    /**
     * Every property the contract marks {@code required} is in the answer, also in nested objects and lists: the
     * generated models say so with {@code @JsonProperty(required = true)} on the getter, which Jackson does not check
     * by itself. Returns the object.
     */
    static <T> T compleet(String wat, T antwoord) {
        controleer(wat, antwoord);
        return antwoord;
    }

    private static void controleer(String pad, Object waarde) {
        if (waarde instanceof Collection<?> lijst) {
            int i = 0;
            for (Object element : lijst) {
                controleer(pad + "[" + i++ + "]", element);
            }
            return;
        }
        if (waarde instanceof Map<?, ?> map) {
            map.forEach((k, v) -> controleer(pad + "." + k, v));
            return;
        }
        if (waarde == null || !waarde.getClass().getPackageName().startsWith("nl.participatiesuite.client.")
                || !waarde.getClass().getPackageName().endsWith(".model") || waarde.getClass().isEnum()) {
            return;
        }
        for (Method getter : waarde.getClass().getMethods()) {
            JsonProperty property = getter.getAnnotation(JsonProperty.class);
            if (property == null || getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())) {
                continue;
            }
            Object inhoud;
            try {
                inhoud = getter.invoke(waarde);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String naam = pad + "." + property.value();
            assertTrue(!property.required() || inhoud != null,
                    naam + " is required by the contract (" + waarde.getClass().getSimpleName() + ") but not in the answer");
            controleer(naam, inhoud);
        }
    }
}
