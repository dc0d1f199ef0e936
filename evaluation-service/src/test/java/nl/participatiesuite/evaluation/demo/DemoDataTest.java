package nl.participatiesuite.evaluation.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.participatiesuite.apirules.data.DemoData;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.evaluation.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The demo data set loads on the real schema, only when enabled, and loading it twice changes nothing. */
@QuarkusTest
public class DemoDataTest extends ApiTest {

    /** Buren's stellingen with their 2019 metingen and 2023 doelen, as the demo profile loads them. */
    public static final String BURGERPEILING_BUREN = "db/demo/burgerpeiling_buren.sql";

    @Inject
    DemoData demoData;

    /** The configuration of application.properties, with the demo profile's switch set by the test. */
    private static DemoData.Config demo(boolean enabled) {
        return new DemoData.Config() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Optional<List<String>> scripts() {
                return Optional.of(List.of(BURGERPEILING_BUREN, "db/demo/evaluaties.sql"));
            }
        };
    }

    @Test
    void demoDataLoadsWhenEnabledAndLoadingAgainDuplicatesNothing() throws Exception {
        demoData.load(demo(false));
        api().queryParam("gemeente", "GM0109").get("/leerzame-voorbeelden").then().statusCode(200)
                .body("totalItems", equalTo(0));
        demoData.load(demo(true));
        demoData.load(demo(true));
        api().queryParam("gemeente", "GM0109").get("/leerzame-voorbeelden").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].initiatiefTitel", equalTo("Dorpsvisie"))
                .body("items[0].werkvormen.werkvorm", contains("Wijk/dorpsvisie", "Enquête"));
        // A report that is not shared: for Buren's own raadplegers.
        api(Aanroeper.raadpleger("GM0214")).get("/evaluaties/0214e000-0000-4000-8000-000000000002").then().statusCode(200)
                .body("signaleringen.code", contains("TERUGKOPPELING_ONTBREEKT", "GEEN_BEOORDELING"))
                .body("werkvormen", hasSize(2));
        api().queryParam("gemeente", "GM0214").get("/stellingen").then().statusCode(200)
                .body("totalItems", equalTo(7));
        api().get("/burgerpeiling-overzichten/GM0214").then().statusCode(200)
                .body("stellingen.doelen.flatten()", hasSize(7));
    }
}
