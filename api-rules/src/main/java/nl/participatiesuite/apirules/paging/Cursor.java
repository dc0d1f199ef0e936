package nl.participatiesuite.apirules.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.ProblemException;

/**
 * Where a page fetched by cursor starts: after the item with sort key {@code sleutel}, which was item number
 * {@code positie} of the list. On the wire it is URL-safe base64 (no padding) of
 * {@code {"positie":40,"na":["GM0214","Kern 7","…id…"]}}: opaque to clients, so the format may change.
 * It holds no authority (filters and access are checked on every request), only a position; reading it is
 * strict so that a garbled or hand-made cursor is a 400 instead of a silently wrong page.
 */
public record Cursor(long positie, List<Object> sleutel) {

    /** The types a sort key may hold; each travels as its canonical text. */
    static final Set<Class<?>> SLEUTELTYPEN = Set.of(String.class, UUID.class, Instant.class);
    /** A cursor is written by this service; anything far longer than its own sort key is not one. */
    static final int MAX_LENGTE = 2_000;
    /** Keeps the page number computed from the position within an int. */
    static final long MAX_POSITIE = (long) PageRequest.MAX_PAGE * PageRequest.MAX_PAGE_SIZE;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public Cursor {
        sleutel = List.copyOf(sleutel);
    }

    public String tekst() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("positie", positie);
        ArrayNode na = json.putArray("na");
        sleutel.forEach(waarde -> na.add(waarde.toString()));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and a number always serialises", e);
        }
    }

    /** Reads a cursor whose sort key has the given types, or refuses it as a 400 naming {@code cursor}. */
    public static Cursor lees(String tekst, List<Class<?>> typen) {
        try {
            return leesStrikt(tekst, typen);
        } catch (IllegalArgumentException | DateTimeParseException | JsonProcessingException e) {
            throw ongeldig();
        }
    }

    private static Cursor leesStrikt(String tekst, List<Class<?>> typen) throws JsonProcessingException {
        if (tekst.length() > MAX_LENGTE) {
            throw ongeldig();
        }
        byte[] bytes = Base64.getUrlDecoder().decode(tekst);
        // Only the one spelling this service writes: no padding, no stray bits, no second encoding of the same cursor.
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(tekst)) {
            throw ongeldig();
        }
        JsonNode json = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        if (json == null || !json.isObject() || json.size() != 2) {
            throw ongeldig();
        }
        JsonNode positie = json.path("positie");
        JsonNode na = json.path("na");
        if (!positie.isIntegralNumber() || !positie.canConvertToLong() || positie.asLong() < 0 || positie.asLong() > MAX_POSITIE
                || !na.isArray() || na.size() != typen.size()) {
            throw ongeldig();
        }
        List<Object> sleutel = new ArrayList<>();
        for (int i = 0; i < typen.size(); i++) {
            if (!na.get(i).isTextual()) {
                throw ongeldig();
            }
            sleutel.add(waarde(na.get(i).asText(), typen.get(i)));
        }
        return new Cursor(positie.asLong(), sleutel);
    }

    /** The value of its type, accepted only in the canonical text {@link #tekst()} writes. */
    private static Object waarde(String tekst, Class<?> type) {
        Object waarde;
        if (type == UUID.class) {
            waarde = UUID.fromString(tekst);
        } else if (type == Instant.class) {
            waarde = Instant.parse(tekst);
        } else if (type == String.class) {
            waarde = tekst;
        } else {
            throw new IllegalStateException("Geen sleuteltype: " + type);
        }
        if (!waarde.toString().equals(tekst)) {
            throw ongeldig();
        }
        return waarde;
    }

    static ProblemException ongeldig() {
        return ProblemException.invalid("cursor", InvalidParamCode.FORMAT,
                "cursor is geen cursor van deze lijst; gebruik de link rel=\"next\" van de vorige pagina.");
    }
}
