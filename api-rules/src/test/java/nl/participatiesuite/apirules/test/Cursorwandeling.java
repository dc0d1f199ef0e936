package nl.participatiesuite.apirules.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a list as a client does: the first page, then each Link rel="next" until there is none. Every page goes
 * through the given request (so the contract checks it); every next link must carry a cursor and no page number.
 */
public final class Cursorwandeling {

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");
    /** Far more pages than any test list has: a next link that never ends fails instead of hanging. */
    private static final int MAX_PAGINAS = 500;

    private Cursorwandeling() {
    }

    /** The ids of every item, in the order the pages gave them; fails when one comes twice. */
    public static List<String> ids(Supplier<RequestSpecification> request, String path, Map<String, ?> query) {
        List<String> ids = new ArrayList<>();
        Response page = request.get().queryParams(query).get(path);
        for (int i = 0; i < MAX_PAGINAS; i++) {
            assertEquals(200, page.statusCode(), page.asString());
            ids.addAll(page.jsonPath().getList("items.id", String.class));
            String next = next(page);
            if (next == null) {
                assertEquals(ids.size(), new HashSet<>(ids).size(), "an item came twice: " + ids);
                return ids;
            }
            assertTrue(next.contains("cursor="), next);
            assertFalse(next.matches(".*[?&]page=.*"), next);
            for (String naam : query.keySet()) {
                assertTrue(next.matches(".*[?&]" + naam + "=.*"), naam + " is lost in " + next);
            }
            page = request.get().urlEncodingEnabled(false).get(next.replaceFirst("^(https?://[^/]+)?/api/v1", ""));
        }
        return fail("more than " + MAX_PAGINAS + " pages");
    }

    /** The target of the response's Link rel="next", or {@code null} on the last page. */
    public static String next(Response response) {
        String link = response.header("Link");
        Matcher matcher = NEXT.matcher(link == null ? "" : link);
        return matcher.find() ? matcher.group(1) : null;
    }
}
