package nl.participatiesuite.assessment.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine alone, without HTTP, JSON, security or a database (issue 9: JMH for the engine alone): the plan of
 * {@code bench/run}'s {@code _bereken} line (all aspects, a kern with two kernambtenaren, scores for every werkvorm)
 * with 5 and with 50 belanghebbenden. {@code bench/run} runs it and sets it against that line's requests per second,
 * so the report shows what share of a computation over HTTP the engine is. Run it alone with
 * {@code java -cp "$(suite_test_classpath assessment-service)" org.openjdk.jmh.Main SamenwerkingswijzerEngineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SamenwerkingswijzerEngineBenchmark {

    private static final Gevolgen[] GEVOLGEN = Gevolgen.values();
    private static final Niveau[] INBRENG = {Niveau.MEEDOEN, Niveau.MEEBESLISSEN, null, null, Niveau.MEEDENKEN};

    @Param({"5", "50"})
    public int belanghebbenden;

    private final SamenwerkingswijzerEngine engine = new SamenwerkingswijzerEngine();
    private final Regelset regelset = Regelset.standaard();
    private BeoordelingInvoer invoer;
    private Aanspreekpunt aanspreekpunt;
    private WerkvormEffectiviteit effectiviteit;

    @Setup
    public void plan() {
        InvoerBouwer bouwer = InvoerBouwer.invoer()
                .omvang(3).maatschappelijkBelang(2).maatschappelijkeBijdrage(4)
                .doelen(DoelSamenwerking.WENSEN_OPHALEN, DoelSamenwerking.DRAAGVLAK)
                .kaders("Budget 150.000 euro; veldjes op gemeentegrond");
        for (Aspect aspect : Aspect.values()) {
            bouwer.hinderTijdens(aspect, aspect.ordinal() % 3).hinderNa(aspect, (aspect.ordinal() + 1) % 4);
        }
        for (int i = 0; i < belanghebbenden; i++) {
            bouwer.belanghebbende(new Belanghebbende("Belanghebbende " + (i + 1), "Belang " + (i + 1),
                    i % Belanghebbende.WEGING_MAXIMUM + 1, i % 4 != 1, GEVOLGEN[i % GEVOLGEN.length],
                    INBRENG[i % INBRENG.length]));
        }
        invoer = bouwer.bouw();
        aanspreekpunt = new Aanspreekpunt.Bekend("Zoelen", List.of(
                new Kernambtenaar("Kernambtenaar Zoelen", "zoelen@buren.example", "0344-123456"),
                new Kernambtenaar("Tweede kernambtenaar", "tweede@buren.example", null)));
        Map<String, WerkvormScore> scores = new TreeMap<>();
        regelset.werkvormen().values().forEach(perSchaal -> perSchaal.values().forEach(namen -> namen.forEach(
                naam -> scores.put(naam, new WerkvormScore(BigDecimal.valueOf(20 + naam.length() % 30, 1), 3)))));
        effectiviteit = WerkvormEffectiviteit.van(scores);
        if (engine.beoordeel(invoer, regelset, aanspreekpunt, effectiviteit).stap3() == null) {
            throw new IllegalStateException("the plan did not reach stap 3: it would measure less than a computation");
        }
    }

    /** Returns the outcome so that JMH keeps the computation (no dead-code elimination). */
    @Benchmark
    public Uitkomst beoordeel() {
        return engine.beoordeel(invoer, regelset, aanspreekpunt, effectiviteit);
    }
}
