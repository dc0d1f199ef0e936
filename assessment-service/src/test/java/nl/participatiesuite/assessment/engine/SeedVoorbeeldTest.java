package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.codes;
import static nl.participatiesuite.assessment.engine.OnderbouwingCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Het voorbeeld uit de nota van Coevorden: "we willen de gezondheid van jongeren in onze wijk verbeteren en ze
 * meer buiten laten spelen (doel) en daarom willen we op 3 plekken in de wijk een sportveldje met doelen en
 * baskets realiseren (activiteit)", met een aannemelijke set antwoorden.
 */
public class SeedVoorbeeldTest {

    public static final BeoordelingInvoer SPORTVELDJES = InvoerBouwer.invoer()
            .doel("De gezondheid van jongeren in onze wijk verbeteren en ze meer buiten laten spelen")
            .activiteit("Op 3 plekken in de wijk een sportveldje met doelen en baskets realiseren")
            .schaal(Schaal.DORP_WIJK)
            .omvang(3)
            .maatschappelijkBelang(2)
            .maatschappelijkeBijdrage(4)
            .hinderTijdens(Aspect.OVERLAST, 2)
            .hinderNa(Aspect.OVERLAST, 3)
            .hinderNa(Aspect.UITZICHT, 1)
            .doelen(DoelSamenwerking.WENSEN_OPHALEN, DoelSamenwerking.DRAAGVLAK)
            .belanghebbende(new Belanghebbende("Jongeren uit de wijk", "sporten en buiten spelen", 5, true,
                    Gevolgen.POSITIEF, Niveau.MEEDOEN))
            .belanghebbende(new Belanghebbende("Omwonenden van de veldjes", "rust in de straat", 3, false,
                    Gevolgen.NEGATIEF, Niveau.MEEBESLISSEN))
            .belanghebbende(new Belanghebbende("Sportvereniging", "ledenwerving", 2, true, Gevolgen.POSITIEF, null))
            .kaders("Budget 150.000 euro; veldjes op gemeentegrond")
            .gezamenlijkBelang("Een gezonde, levendige wijk")
            .gemeenteMoetBeslissen(false)
            .bouw();

    public static final Aanspreekpunt MAURIK = Aanspreekpunt.bekend("Maurik",
            List.of(new Kernambtenaar("Anne de Vries", "anne@buren.nl", "14 0344")));

    public static Uitkomst uitkomst() {
        return new SamenwerkingswijzerEngine().beoordeel(SPORTVELDJES, Regelset.standaard(), MAURIK, WerkvormEffectiviteit.van(Map.of()));
    }

    @Test
    void sportveldjesVoorJongeren() {
        Uitkomst uitkomst = uitkomst();

        assertTrue(uitkomst.stap1().mogelijk());
        assertEquals(2, uitkomst.stap1().volgendeStap());

        Stap2Uitkomst stap2 = uitkomst.stap2();
        assertEquals(3, stap2.hinder());
        assertEquals(3, stap2.score());
        assertEquals(Intensiteit.MIDDEL, stap2.intensiteit());
        assertFalse(stap2.samenwerkingsplanAdvies());
        assertTrue(stap2.bredereGroep());
        assertEquals(List.of(HINDER, SCORE, INTENSITEIT_MIDDEL, GEEN_SAMENWERKINGSPLAN_NODIG, BREDERE_GROEP),
                codes(stap2.onderbouwing()));

        List<InbrengAdvies> adviezen = uitkomst.stap3().belanghebbenden();
        assertEquals(List.of(5, 5, 2), adviezen.stream().map(InbrengAdvies::behoefte).toList());
        assertEquals(List.of(Niveau.MEEDOEN, Niveau.MEEDOEN, Niveau.MEEWETEN),
                adviezen.stream().map(InbrengAdvies::niveau).toList());
        assertEquals(List.of(Ladderniveau.COPRODUCEREN, Ladderniveau.COPRODUCEREN, Ladderniveau.INFORMEREN),
                adviezen.stream().map(InbrengAdvies::ladderniveau).toList());
        assertEquals(Niveau.MEEDOEN, uitkomst.stap3().niveau());
        assertEquals(Ladderniveau.COPRODUCEREN, uitkomst.stap3().ladderniveau());
        assertEquals("de uitkomsten worden gebruikt voor een gezamenlijke uitwerking van het plan",
                uitkomst.stap3().watGebeurtMetInbreng());

        assertEquals(List.of("Online atelier", "Workshop", "Versnellingskamer"),
                uitkomst.stap4().werkvormen().stream().map(WerkvormAdvies::naam).toList());
        assertEquals("Webinar", uitkomst.stap4().communicatie().get(0).naam());

        assertEquals(RolGemeente.REGISSEUR, uitkomst.rolGemeente().rol());
        assertFalse(uitkomst.overheidsparticipatie().vanToepassing());
        assertFalse(uitkomst.startnotitie().vereist());
        assertEquals("Breng vroeg de kernambtenaar van kern Maurik op de hoogte (naam en contactgegevens: zie de "
                + "kernambtenaren bij dit aanspreekpunt).", uitkomst.aanspreekpunt().onderbouwing().get(0).tekst());
        assertEquals(List.of(new Kernambtenaar("Anne de Vries", "anne@buren.nl", "14 0344")),
                uitkomst.aanspreekpunt().kernambtenaren());

        assertEquals(List.of(Valkuil.VERWACHTINGEN), Beoordeling.valkuilen(uitkomst));
        assertEquals(List.of("Omwonenden van de veldjes"), uitkomst.valkuilen().get(0).belanghebbenden());
    }
}
