package nl.participatiesuite.assessment.samenwerkingsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.dokument.PdfAControle;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test (no time is asserted): a samenwerkingsplan with 50 belanghebbenden and 50 activiteiten,
 * rendered through the API as HTML and as PDF/A, 30 times each after a warm-up; prints the median and the slowest, and
 * the heap after a full collection before and after, so a leak would show. Runs only when asked:
 * {@code mvn -B verify -pl assessment-service -am -Dtest=SamenwerkingsplanBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dlint.skip}. Figures in bench/documenten.md.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SamenwerkingsplanBenchmark extends ApiTest {

    static final int BELANGHEBBENDEN = 50;
    static final int METINGEN = 30;

    @Test
    void eenPlanMetVijftigBelanghebbenden() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> plan = new LinkedHashMap<>(TestData.sportveldjes(gemeente));
        List<Map<String, Object>> belanghebbenden = new ArrayList<>();
        List<Map<String, Object>> activiteiten = new ArrayList<>();
        String[] gevolgen = {"POSITIEF", "NEGATIEF", "GEMENGD", "GEEN"};
        for (int i = 1; i <= BELANGHEBBENDEN; i++) {
            String naam = "Belanghebbende " + i;
            belanghebbenden.add(Map.of("naam", naam, "belang", "Belang van groep " + i, "weging", 1 + i % 5,
                    "pastBijBelang", i % 3 != 0, "gevolgen", gevolgen[i % 4]));
            activiteiten.add(Map.of("belanghebbende", naam, "werkvorm", i % 2 == 0 ? "Workshop" : "Eigen werkvorm " + i,
                    "wanneer", Map.of("vanaf", "2027-03-01", "totEnMet", "2027-04-01")));
        }
        plan.put("belanghebbenden", belanghebbenden);
        String id = TestData.nieuweBeoordeling(plan);
        api().header("If-Match", "\"0\"").body(Map.of("activiteiten", activiteiten))
                .put("/beoordelingen/" + id + "/planning").then().statusCode(200);
        String pad = "/beoordelingen/" + id + "/samenwerkingsplan";

        for (String vorm : List.of("text/html", "application/pdf")) {
            for (int i = 0; i < 10; i++) {
                api(Aanroeper.raadpleger(gemeente)).accept(vorm).get(pad).then().statusCode(200);
            }
        }
        MemoryMXBean geheugen = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapVoor = geheugen.getHeapMemoryUsage().getUsed();
        for (String vorm : List.of("text/html", "application/pdf")) {
            long[] ms = new long[METINGEN];
            byte[] laatste = null;
            for (int i = 0; i < METINGEN; i++) {
                long start = System.nanoTime();
                laatste = api(Aanroeper.raadpleger(gemeente)).accept(vorm).get(pad).then().statusCode(200)
                        .extract().asByteArray();
                ms[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(ms);
            System.out.printf("[BENCHMARK] samenwerkingsplan, %d belanghebbenden, %s: mediaan %d ms, traagste %d ms, %d bytes%n",
                    BELANGHEBBENDEN, vorm, ms[METINGEN / 2], ms[METINGEN - 1], laatste.length);
            if (vorm.equals("application/pdf")) {
                assertEquals(List.of(), PdfAControle.overtredingen(laatste));
            }
        }
        System.gc();
        long heapNa = geheugen.getHeapMemoryUsage().getUsed();
        System.out.printf("[BENCHMARK] heap na volledige GC: voor %d MB, na %d MB (max %d MB)%n", heapVoor >> 20,
                heapNa >> 20, geheugen.getHeapMemoryUsage().getMax() >> 20);
    }
}
