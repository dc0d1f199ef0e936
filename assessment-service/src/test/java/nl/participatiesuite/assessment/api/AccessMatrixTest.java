package nl.participatiesuite.assessment.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.ToegangsmatrixTest;
import nl.participatiesuite.assessment.support.Beveiliging;
import nl.participatiesuite.assessment.samenwerkingsplan.SamenwerkingsplanResourceTest;
import nl.participatiesuite.assessment.support.TestData;

/**
 * domain.md §4 for every operation of the assessment's contract (the shared suite tries each with every kind of
 * caller). Test data with personal values: a kernambtenaar of the beoordeling's kern, and a trajectory's actor.
 */
@QuarkusTest
class AccessMatrixTest extends ToegangsmatrixTest {

    @Override
    protected String nieuweGemeente() {
        return TestData.nieuweGemeente();
    }

    @Override
    protected Verzoek verzoek(String operationId, String gemeente) {
        return switch (operationId) {
            case "BeoordelingResource_create" ->
                    Verzoek.van("/beoordelingen").body(TestData.sportveldjes(gemeente, Beveiliging.kernMetGeheimeKernambtenaar(gemeente)));
            // Public: the names only for the gemeente's own people (the anonymous caller tried here gets none).
            case "BeoordelingResource_bereken" -> Verzoek.van("/beoordelingen/_bereken")
                    .body(TestData.sportveldjes(gemeente, Beveiliging.kernMetGeheimeKernambtenaar(gemeente)))
                    .metPersoonsgegevens();
            case "BeoordelingResource_list" -> Verzoek.van("/beoordelingen").query(Map.of("gemeente", gemeente));
            case "BeoordelingResource_get" ->
                    Verzoek.van("/beoordelingen/" + Beveiliging.beoordelingMetGeheimeKernambtenaar(gemeente)).metPersoonsgegevens();
            case "BeoordelingResource_update" -> {
                UUID kern = Beveiliging.kernMetGeheimeKernambtenaar(gemeente);
                String id = TestData.nieuweBeoordeling(TestData.sportveldjes(gemeente, kern));
                yield Verzoek.van("/beoordelingen/" + id).body(TestData.buurtinitiatief(gemeente)).ifMatch("\"0\"");
            }
            case "BeoordelingResource_herberekening" -> Verzoek.van("/beoordelingen/"
                    + Beveiliging.beoordelingMetGeheimeKernambtenaar(gemeente) + "/herberekening").metPersoonsgegevens();
            case "BeoordelingResource_wissen" ->
                    Verzoek.van("/beoordelingen/" + Beveiliging.beoordelingMetGeheimeKernambtenaar(gemeente) + "/_wissen");
            case "BeoordelingResource_audittrail" ->
                    Verzoek.van("/beoordelingen/" + Beveiliging.beoordelingMetGeheimeKernambtenaar(gemeente) + "/audittrail");
            case "ChecklistResource_get" ->
                    Verzoek.van("/beoordelingen/" + TestData.nieuweBeoordeling(TestData.sportveldjes(gemeente)) + "/checklist");
            case "ChecklistResource_patch" ->
                    Verzoek.van("/beoordelingen/" + TestData.nieuweBeoordeling(TestData.sportveldjes(gemeente)) + "/checklist")
                            .body(Map.of("antwoorden", Map.of("communicatieKalender", "Bewonersavond in maart.")))
                            .ifMatch("\"0\"");
            case "PlanningResource_get" ->
                    Verzoek.van("/beoordelingen/" + TestData.nieuweBeoordeling(TestData.sportveldjes(gemeente)) + "/planning");
            case "PlanningResource_put" ->
                    Verzoek.van("/beoordelingen/" + TestData.nieuweBeoordeling(TestData.sportveldjes(gemeente)) + "/planning")
                            .body(SamenwerkingsplanResourceTest.planning()).ifMatch("\"0\"");
            // The document holds the kernambtenaar of the beoordeling's kern, like the beoordeling itself.
            case "SamenwerkingsplanResource_get" -> Verzoek.van("/beoordelingen/"
                    + Beveiliging.beoordelingMetGeheimeKernambtenaar(gemeente) + "/samenwerkingsplan").metPersoonsgegevens();
            case "RegelsetResource_standaard" -> Verzoek.van("/regelsets/standaard").zonderGemeente();
            case "RegelsetResource_publiceer" -> Verzoek.van("/regelsets").body(regelset(gemeente));
            case "RegelsetResource_list" -> Verzoek.van("/regelsets").query(Map.of("gemeente", gemeente));
            case "RegelsetResource_get" -> Verzoek.van("/regelsets/" + nieuweRegelset(gemeente));
            case "RegelsetResource_audittrail" -> Verzoek.van("/regelsets/" + nieuweRegelset(gemeente) + "/audittrail");
            case "TrajectResource_create" -> Verzoek.van("/samenwerkingstrajecten")
                    .body(Map.of("gemeente", gemeente, "naam", "Regionale samenwerking sociaal domein"));
            case "TrajectResource_list" -> Verzoek.van("/samenwerkingstrajecten").query(Map.of("gemeente", gemeente));
            case "TrajectResource_get" -> Verzoek.van("/samenwerkingstrajecten/" + Beveiliging.trajectMetGeheimeActor(gemeente));
            case "TrajectResource_terugkoppeling" -> Verzoek.van("/samenwerkingstrajecten/"
                    + Beveiliging.trajectMetGeheimeActor(gemeente) + "/terugkoppelingen")
                    .body(Map.of("collegeGerapporteerdOp", "2024-03-04"));
            case "TrajectResource_overgang" -> Verzoek.van("/samenwerkingstrajecten/"
                    + Beveiliging.trajectMetGeheimeActor(gemeente) + "/overgangen").body(Map.of("naarStap", 3));
            case "TrajectResource_overgangen" -> Verzoek.van("/samenwerkingstrajecten/"
                    + Beveiliging.trajectMetGeheimeActor(gemeente) + "/overgangen").metPersoonsgegevens();
            case "TrajectResource_wissen" ->
                    Verzoek.van("/samenwerkingstrajecten/" + Beveiliging.trajectMetGeheimeActor(gemeente) + "/_wissen");
            case "TrajectResource_audittrail" ->
                    Verzoek.van("/samenwerkingstrajecten/" + Beveiliging.trajectMetGeheimeActor(gemeente) + "/audittrail");
            default -> null;
        };
    }

    private static Map<String, Object> regelset(String gemeente) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gemeente", gemeente);
        body.put("regels", api().get("/regelsets/standaard").then().statusCode(200).extract().path("regels"));
        return body;
    }

    private static String nieuweRegelset(String gemeente) {
        return api().body(regelset(gemeente)).post("/regelsets").then().statusCode(201).extract().path("id");
    }
}
