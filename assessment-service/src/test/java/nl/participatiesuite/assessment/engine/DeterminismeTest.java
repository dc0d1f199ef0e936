package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Een beoordeling is een zuivere functie: gelijke invoer en regelset geven een gelijke uitkomst. */
class DeterminismeTest {

    private static InvoerBouwer volledigeInvoer() {
        return invoer().omvang(4).maatschappelijkBelang(3).maatschappelijkeBijdrage(5)
                .hinderTijdens(Aspect.OVERLAST, 3).hinderNa(Aspect.UITZICHT, 2)
                .doelen(DoelSamenwerking.DRAAGVLAK, DoelSamenwerking.BELANGEN_OPHALEN)
                .belanghebbende(new Belanghebbende("Omwonenden", "rust", 4, false, Gevolgen.NEGATIEF, Niveau.MEEBESLISSEN))
                .belanghebbende(new Belanghebbende("Sportclub", "ruimte", 2, true, Gevolgen.POSITIEF, null));
    }

    @Test
    void gelijkeInvoerGeeftGelijkeUitkomst() {
        Map<String, WerkvormScore> scores = new LinkedHashMap<>();
        scores.put("Workshop", new WerkvormScore(new BigDecimal("4.2"), 7));
        scores.put("Versnellingskamer", new WerkvormScore(new BigDecimal("4.2"), 7));
        scores.put("Online atelier", new WerkvormScore(new BigDecimal("3.9"), 2));
        Map<String, WerkvormScore> omgekeerd = new LinkedHashMap<>();
        List.of("Online atelier", "Versnellingskamer", "Workshop").forEach(naam -> omgekeerd.put(naam, scores.get(naam)));
        Aanspreekpunt aanspreekpunt = Aanspreekpunt.bekend("Maurik", List.of(new Kernambtenaar("Anne", null, null)));

        Uitkomst eerste = Beoordeling.ENGINE.beoordeel(volledigeInvoer().bouw(), Regelset.standaard(), aanspreekpunt,
                WerkvormEffectiviteit.van(scores));
        Uitkomst tweede = new SamenwerkingswijzerEngine().beoordeel(volledigeInvoer().bouw(), Regelset.standaard(),
                aanspreekpunt, WerkvormEffectiviteit.van(omgekeerd));

        assertEquals(eerste, tweede);
        assertEquals(List.of("Workshop", "Versnellingskamer", "Online atelier"),
                eerste.stap4().werkvormen().stream().map(WerkvormAdvies::naam).toList());
    }
}
