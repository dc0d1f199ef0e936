package nl.participatiesuite.evaluation.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.apirules.test.ToegangsmatrixTest;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;

/**
 * domain.md §4 for every operation of the evaluation's contract: the burgerpeiling, the leerzame voorbeelden and
 * the werkvorm-effectiviteit are public, reports and lessons are for the own gemeente, reports are written by a
 * medewerker, the burgerpeiling by a beheerder, who alone reads audit trails and erases.
 */
@QuarkusTest
class AccessMatrixTest extends ToegangsmatrixTest {

    @Override
    protected String nieuweGemeente() {
        return TestData.nieuweGemeente();
    }

    @Override
    protected Verzoek verzoek(String operationId, String gemeente) {
        Map<String, String> vanGemeente = Map.of("gemeente", gemeente);
        return switch (operationId) {
            case "EvaluatieResource_create" -> Verzoek.van("/evaluaties").body(verslag(gemeente, false));
            case "EvaluatieResource_list" -> {
                verslagId(gemeente, false);
                yield Verzoek.van("/evaluaties").query(vanGemeente).metPersoonsgegevens();
            }
            case "EvaluatieResource_get" -> Verzoek.van("/evaluaties/" + verslagId(gemeente, false)).metPersoonsgegevens();
            case "EvaluatieResource_update" -> {
                Map<String, Object> verslag = verslag(gemeente, false);
                String id = TestData.nieuwVerslag(verslag);
                verslag.put("gerealiseerdNiveau", "ADVISEREN");
                yield Verzoek.van("/evaluaties/" + id).body(verslag).ifMatch("\"0\"");
            }
            case "EvaluatieResource_wissen" -> Verzoek.van("/evaluaties/" + verslagId(gemeente, false) + "/_wissen");
            case "EvaluatieResource_audittrail" -> Verzoek.van("/evaluaties/" + verslagId(gemeente, false) + "/audittrail");
            case "LeerzaamVoorbeeldResource_list" -> {
                verslagId(gemeente, true);
                yield Verzoek.van("/leerzame-voorbeelden").query(vanGemeente).metPersoonsgegevens();
            }
            case "LeerzaamVoorbeeldResource_get" ->
                    Verzoek.van("/leerzame-voorbeelden/" + verslagId(gemeente, true)).metPersoonsgegevens();
            // Public for a shared report (the opsteller only for its own gemeente); a report that is not shared is
            // the own gemeente's (SamenwerkingsverslagResourceTest).
            case "SamenwerkingsverslagResource_samenwerkingsverslag" ->
                    Verzoek.van("/evaluaties/" + verslagId(gemeente, true) + "/samenwerkingsverslag").metPersoonsgegevens();
            case "SamenwerkingsverslagResource_participatieparagraaf" ->
                    Verzoek.van("/evaluaties/" + verslagId(gemeente, true) + "/participatieparagraaf");
            case "LesResource_list" -> {
                verslagId(gemeente, false);
                yield Verzoek.van("/lessen").query(vanGemeente);
            }
            case "LesResource_perKern" -> {
                verslagId(gemeente, false);
                yield Verzoek.van("/lessen/per-kern").query(vanGemeente);
            }
            case "LesResource_perThema" -> {
                verslagId(gemeente, false);
                yield Verzoek.van("/lessen/per-thema").query(vanGemeente);
            }
            case "WerkvormEffectiviteitResource_get" -> {
                verslagId(gemeente, true);
                yield Verzoek.van("/werkvorm-effectiviteit").query(vanGemeente);
            }
            case "StellingResource_create" -> Verzoek.van("/stellingen").body(stellingBody(gemeente));
            case "StellingResource_list" -> {
                stelling(gemeente);
                yield Verzoek.van("/stellingen").query(vanGemeente);
            }
            case "StellingResource_get" -> Verzoek.van("/stellingen/" + stelling(gemeente));
            case "StellingResource_update" -> {
                Map<String, Object> body = stellingBody(gemeente);
                body.put("tekst", "Gemeente luistert beter");
                yield Verzoek.van("/stellingen/" + stelling(gemeente)).body(body).ifMatch("\"0\"");
            }
            case "StellingResource_voortgang" -> Verzoek.van("/stellingen/" + stelling(gemeente) + "/voortgang");
            case "StellingResource_audittrail" -> Verzoek.van("/stellingen/" + stelling(gemeente) + "/audittrail");
            case "BurgerpeilingOverzichtResource_get" -> {
                stelling(gemeente);
                yield Verzoek.van("/burgerpeiling-overzichten/" + gemeente);
            }
            case "MetingResource_list" -> Verzoek.van("/stellingen/" + stelling(gemeente) + "/metingen");
            case "MetingResource_create" -> Verzoek.van("/stellingen/" + stelling(gemeente) + "/metingen")
                    .body(Map.of("jaar", 2019, "waarde", 16.0, "benchmark", 29.0));
            case "MetingResource_update" -> {
                String stelling = stelling(gemeente);
                yield Verzoek.van("/stellingen/" + stelling + "/metingen/" + deel(stelling, "metingen"))
                        .body(Map.of("jaar", 2019, "waarde", 17.0)).ifMatch("\"0\"");
            }
            case "MetingResource_delete" -> {
                String stelling = stelling(gemeente);
                yield Verzoek.van("/stellingen/" + stelling + "/metingen/" + deel(stelling, "metingen")).ifMatch("\"0\"");
            }
            case "MetingResource_get" -> {
                String stelling = stelling(gemeente);
                yield Verzoek.van("/stellingen/" + stelling + "/metingen/" + deel(stelling, "metingen"));
            }
            case "DoelResource_get" -> {
                String stelling = stelling(gemeente);
                yield Verzoek.van("/stellingen/" + stelling + "/doelen/" + deel(stelling, "doelen"));
            }
            case "DoelResource_list" -> Verzoek.van("/stellingen/" + stelling(gemeente) + "/doelen");
            case "DoelResource_create" -> Verzoek.van("/stellingen/" + stelling(gemeente) + "/doelen")
                    .body(Map.of("jaar", 2023, "waarde", 30.0));
            case "DoelResource_update" -> {
                String stelling = stelling(gemeente);
                yield Verzoek.van("/stellingen/" + stelling + "/doelen/" + deel(stelling, "doelen"))
                        .body(Map.of("jaar", 2019, "waarde", 35.0)).ifMatch("\"0\"");
            }
            case "DoelResource_delete" -> {
                String stelling = stelling(gemeente);
                yield Verzoek.van("/stellingen/" + stelling + "/doelen/" + deel(stelling, "doelen")).ifMatch("\"0\"");
            }
            default -> null;
        };
    }

    /** A report of a fresh initiatief of the gemeente, written by a named opsteller (personal data). */
    private static Map<String, Object> verslag(String gemeente, boolean gedeeld) {
        Map<String, Object> body = TestData.verslag(PeerStubs.initiatief(gemeente, "Toegang", java.util.UUID.randomUUID()));
        body.put("gedeeld", gedeeld);
        body.put("themas", List.of("toegang"));
        body.put("leerpunten", List.of(Map.of("tekst", "Vroeg beginnen")));
        body.put("werkvormen", List.of(Map.of("werkvorm", "Enquête", "schaal", "DORP_WIJK", "waardering", 4)));
        body.put("opsteller", Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL));
        return body;
    }

    private static String verslagId(String gemeente, boolean gedeeld) {
        return TestData.nieuwVerslag(verslag(gemeente, gedeeld));
    }

    private static Map<String, Object> stellingBody(String gemeente) {
        return new HashMap<>(Map.of("gemeente", gemeente, "nummer", 1, "tekst", "Gemeente luistert", "eenheid", "PERCENTAGE"));
    }

    private static String stelling(String gemeente) {
        return api().body(stellingBody(gemeente)).post("/stellingen").then().statusCode(201).extract().path("id");
    }

    /** A meting or doel of 2019 of the stelling. */
    private static String deel(String stelling, String soort) {
        return api().body(Map.of("jaar", 2019, "waarde", 16.0)).post("/stellingen/" + stelling + "/" + soort).then()
                .statusCode(201).extract().path("id");
    }
}
