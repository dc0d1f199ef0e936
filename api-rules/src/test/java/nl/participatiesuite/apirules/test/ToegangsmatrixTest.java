package nl.participatiesuite.apirules.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.participatiesuite.apirules.security.Rollen;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * domain.md §4 for every operation of the committed contract, generated from it: the roles an operation
 * declares (its {@code x-rollen}) are tried with every kind of caller — anonymous, a raadpleger, medewerker
 * and beheerder of the gemeente, and a beheerder of another gemeente — against real test data the service
 * names per operation. An operation the service gives no test data for fails, so a new endpoint cannot be
 * added without its rule being proven. Refused writes store nothing; public reads show personal fields only
 * to callers of the own gemeente.
 */
public abstract class ToegangsmatrixTest extends ContractRequests {

    /** Some other gemeente than any a test makes. */
    public static final String ANDERE_GEMEENTE = "GM0998";

    private static final List<String> ROLLEN = List.of(Rollen.RAADPLEGER, Rollen.MEDEWERKER, Rollen.BEHEERDER);

    @Inject
    AgroalDataSource dataSource;

    /**
     * A request that succeeds for an allowed caller, on fresh test data of {@code gemeente}
     * (and, for a write, not yet changed by anyone); null when the service has none, which fails the test.
     */
    protected abstract Verzoek verzoek(String operationId, String gemeente);

    /** A fresh gemeente for one operation's test data (the service's TestData). */
    protected abstract String nieuweGemeente();

    /**
     * One concrete request. {@code ifMatch} is the current ETag where the operation needs one;
     * {@code toontPersoonsgegevens}: the test data holds {@link Persoonsgegevens} that this read returns to
     * callers of the own gemeente; {@code landelijk}: the data belongs to no gemeente (the national inflation
     * figures), so the role alone decides ({@link #zonderGemeente()}).
     */
    public record Verzoek(String pad, Map<String, ?> query, Object body, String ifMatch, boolean toontPersoonsgegevens,
            boolean landelijk) {

        public static Verzoek van(String pad) {
            return new Verzoek(pad, Map.of(), null, null, false, false);
        }

        public Verzoek query(Map<String, ?> parameters) {
            return new Verzoek(pad, parameters, body, ifMatch, toontPersoonsgegevens, landelijk);
        }

        public Verzoek body(Object inhoud) {
            return new Verzoek(pad, query, inhoud, ifMatch, toontPersoonsgegevens, landelijk);
        }

        public Verzoek ifMatch(String etag) {
            return new Verzoek(pad, query, body, etag, toontPersoonsgegevens, landelijk);
        }

        public Verzoek metPersoonsgegevens() {
            return new Verzoek(pad, query, body, ifMatch, true, landelijk);
        }

        public Verzoek zonderGemeente() {
            return new Verzoek(pad, query, body, ifMatch, toontPersoonsgegevens, true);
        }
    }

    record Operatie(String id, String method, String path, String minsteRol) {
        boolean openbaar() {
            return minsteRol == null;
        }

        boolean leest() {
            return method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + (openbaar() ? "openbaar" : minsteRol) + ")";
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationEnforcesItsRoleAndGemeente() {
        return operaties().stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> controleer(op)));
    }

    private void controleer(Operatie op) {
        String gemeente = nieuweGemeente();
        // The API root and the abonnementen are api-rules' own, the same in every service.
        Verzoek verzoek = op.id().equals("ApiIngang_ingang") ? Verzoek.van("")
                : op.id().startsWith("AbonnementResource_") ? abonnementVerzoek(op.id(), gemeente)
                : op.id().equals("NotificatieOntvangstResource_ontvang") ? Verzoek.van("/notificaties").body(Ondertekend.notificatie())
                : verzoek(op.id(), gemeente);
        assertNotNull(verzoek, "No test data for " + op.id() + " in the access matrix: give this operation a request"
                + " in the service's ToegangsmatrixTest (and a rule: @PermitAll or @RolesAllowed).");
        List<Aanroeper> geweigerd = new ArrayList<>();
        List<Aanroeper> toegestaan = new ArrayList<>();
        (op.openbaar() ? toegestaan : geweigerd).add(Aanroeper.ANONIEM);
        for (String rol : ROLLEN) {
            Aanroeper eigen = new Aanroeper(rol + "-" + gemeente, gemeente, rol);
            (op.openbaar() || ROLLEN.indexOf(rol) >= ROLLEN.indexOf(op.minsteRol()) ? toegestaan : geweigerd).add(eigen);
        }
        Aanroeper andere = Aanroeper.beheerder(ANDERE_GEMEENTE);
        (op.openbaar() || verzoek.landelijk() ? toegestaan : geweigerd).add(andere);

        for (Aanroeper aanroeper : geweigerd) {
            Rijen.nietsOpgeslagen(dataSource, () -> {
                Response response = stuur(op, verzoek, aanroeper);
                assertEquals(aanroeper.isAnoniem() ? 401 : 403, response.statusCode(),
                        op + " as " + aanroeper + ": " + response.asString());
                assertEquals("application/problem+json", response.contentType().split(";")[0], op + " as " + aanroeper);
            });
        }
        // A write is made once, by the lowest allowed role; a read is tried by every allowed caller.
        for (Aanroeper aanroeper : op.leest() ? toegestaan : toegestaan.subList(0, 1)) {
            Response response = stuur(op, verzoek, aanroeper);
            assertTrue(response.statusCode() / 100 == 2, op + " as " + aanroeper + " should succeed: "
                    + response.statusCode() + " " + response.asString());
            boolean magZien = gemeente.equals(aanroeper.gemeente());
            String body = response.asString();
            if (!magZien) {
                assertFalse(Persoonsgegevens.in(body), op + " showed personal fields to " + aanroeper + ": " + body);
            } else if (verzoek.toontPersoonsgegevens()) {
                assertTrue(Persoonsgegevens.in(body), op + " hid personal fields from " + aanroeper + ": " + body);
            }
        }
    }

    /** A body sent as these exact bytes with its signature (a notification from another service). */
    record Ondertekend(byte[] body, String handtekening) {

        static Ondertekend notificatie() {
            byte[] body = ("{\"specversion\":\"1.0\",\"id\":\"" + java.util.UUID.randomUUID() + "\","
                    + "\"source\":\"urn:nld:participatie-suite:test\",\"type\":\"nl.participatiesuite.evaluaties.create\","
                    + "\"subject\":\"" + java.util.UUID.randomUUID() + "\",\"time\":\"2026-05-01T09:30:00Z\","
                    + "\"datacontenttype\":\"application/json\",\"dataref\":\"http://localhost/api/v1/evaluaties/x\","
                    + "\"sequence\":\"00000000000000000001\",\"data\":{\"kanaal\":\"evaluaties\",\"hoofdObject\":\"x\","
                    + "\"resource\":\"evaluatie\",\"resourceUrl\":\"x\",\"actie\":\"create\","
                    + "\"aanmaakdatum\":\"2026-05-01T09:30:00Z\",\"kenmerken\":{\"kernen\":[]}}}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String geheim = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("suite.ontvangen.geheim", String.class);
            return new Ondertekend(body, nl.participatiesuite.apirules.notificaties.Handtekening.van(body, geheim));
        }
    }

    /** The abonnementen's operations, on an abonnement of the gemeente made by its beheerder. */
    private static Verzoek abonnementVerzoek(String operationId, String gemeente) {
        Map<String, Object> body = Map.of("gemeente", gemeente, "callbackUrl", "https://ontvanger.example/" + gemeente,
                "geheim", NotificatiesTest.GEHEIM, "kanalen", List.of(Map.of("naam", eenKanaal())));
        if (operationId.equals("AbonnementResource_create")) {
            return Verzoek.van("/abonnementen").body(body);
        }
        if (operationId.equals("AbonnementResource_list")) {
            return Verzoek.van("/abonnementen").query(Map.of("gemeente", gemeente));
        }
        io.restassured.response.ExtractableResponse<Response> gemaakt = api(Aanroeper.beheerder(gemeente)).body(body)
                .post("/abonnementen").then().statusCode(201).extract();
        String pad = "/abonnementen/" + gemaakt.path("id");
        return switch (operationId) {
            case "AbonnementResource_get" -> Verzoek.van(pad);
            case "AbonnementResource_update" -> Verzoek.van(pad).body(body).ifMatch(gemaakt.header("ETag"));
            case "AbonnementResource_delete" -> Verzoek.van(pad).ifMatch(gemaakt.header("ETag"));
            case "AbonnementResource_afleveringen" -> Verzoek.van(pad + "/afleveringen");
            case "AbonnementResource_opnieuwAanbieden" -> Verzoek.van(pad + "/_heraanbieden");
            case "AbonnementResource_audittrail" -> Verzoek.van(pad + "/audittrail");
            default -> null;
        };
    }

    /** A kanaal of this service: the first collection of its contract besides the abonnementen. */
    private static String eenKanaal() {
        return operaties().stream().map(op -> op.path().split("/"))
                .filter(delen -> delen.length > 1 && !delen[1].isEmpty() && !delen[1].equals("abonnementen"))
                .map(delen -> delen[1]).findFirst().orElseThrow();
    }

    private static Response stuur(Operatie op, Verzoek verzoek, Aanroeper aanroeper) {
        RequestSpecification request = api(aanroeper).queryParams(verzoek.query());
        if (verzoek.ifMatch() != null) {
            request = request.header("If-Match", verzoek.ifMatch());
        }
        if (verzoek.body() instanceof Ondertekend ondertekend) {
            // A notification from another service: its exact bytes, signed with this service's secret.
            request = request.contentType("application/cloudevents+json")
                    .header(nl.participatiesuite.apirules.notificaties.Handtekening.HEADER, ondertekend.handtekening())
                    .body(ondertekend.body());
        } else if (verzoek.body() != null) {
            request = request.body(verzoek.body());
        }
        return request.request(op.method(), verzoek.pad());
    }

    static List<Operatie> operaties() {
        JsonNode contract;
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operatie> operaties = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                operaties.add(new Operatie(op.getValue().path("operationId").asText(), op.getKey().toUpperCase(),
                        path.getKey(), minsteRol(op.getValue().path(nl.participatiesuite.apirules.http.ApiDocument.ROLLEN_KENMERK))));
            }
        }));
        return operaties;
    }

    /** The lowest of the roles that may call the operation (its x-rollen); null when it is public. */
    private static String minsteRol(JsonNode rollen) {
        String minste = null;
        for (JsonNode rol : rollen) {
            int index = ROLLEN.indexOf(rol.asText());
            if (index >= 0 && (minste == null || index < ROLLEN.indexOf(minste))) {
                minste = rol.asText();
            }
        }
        return minste;
    }
}
