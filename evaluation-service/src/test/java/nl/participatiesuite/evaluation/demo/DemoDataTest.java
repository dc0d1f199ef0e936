package nl.participatiesuite.evaluation.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.participatiesuite.evaluation.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The demo profile's example reports load on the real schema, and loading them twice changes nothing. */
@QuarkusTest
class DemoDataTest extends ApiTest {

    @Inject
    DemoData demoData;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void demoReportsLoadAndLoadingAgainDuplicatesNothing() throws Exception {
        demoData.load(null, () -> false, dataSource);
        api().queryParam("gemeente", "GM0109").get("/leerzame-voorbeelden").then().statusCode(200)
                .body("totalItems", equalTo(0));
        demoData.load(null, () -> true, dataSource);
        demoData.load(null, () -> true, dataSource);
        api().queryParam("gemeente", "GM0109").get("/leerzame-voorbeelden").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].initiatiefTitel", equalTo("Dorpsvisie"))
                .body("items[0].werkvormen.werkvorm", contains("Wijk/dorpsvisie", "Enquête"));
        api().get("/evaluaties/0214e000-0000-4000-8000-000000000002").then().statusCode(200)
                .body("signaleringen.code", contains("TERUGKOPPELING_ONTBREEKT", "GEEN_BEOORDELING"))
                .body("werkvormen", org.hamcrest.Matchers.hasSize(2));
    }
}
