package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.metBehoefte;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValkuilenTest {

    private static Belanghebbende wenst(String naam, Niveau gewenst) {
        return new Belanghebbende(naam, null, 2, true, Gevolgen.POSITIEF, gewenst);
    }

    private static Belanghebbende metGevolgen(Gevolgen gevolgen) {
        return new Belanghebbende("Omwonenden", null, 1, true, gevolgen, null);
    }

    private static List<Valkuil> valkuilen(InvoerBouwer invoer, Aanspreekpunt aanspreekpunt) {
        return Beoordeling.valkuilen(Beoordeling.ENGINE.beoordeel(invoer.bouw(), Regelset.standaard(), aanspreekpunt,
                WerkvormEffectiviteit.van(Map.of())));
    }

    static Stream<Arguments> valkuilDetectie() {
        Aanspreekpunt geenKern = Aanspreekpunt.geenKern();
        return Stream.of(
                // PARTICIPATIE_OM_DE_PARTICIPATIE: stap 1 negatief, maar iemand wenst meer dan meeweten
                Arguments.of("stap 1 negatief en wens MEEDENKEN", invoer().ruimte(false)
                        .belanghebbende(wenst("Bewoners", Niveau.MEEWETEN))
                        .belanghebbende(wenst("Jongeren", Niveau.MEEDENKEN)), geenKern,
                        List.of(Valkuil.PARTICIPATIE_OM_DE_PARTICIPATIE, Valkuil.VERWACHTINGEN)),
                Arguments.of("stap 1 negatief en wens MEEWETEN", invoer().ruimte(false)
                        .belanghebbende(wenst("Bewoners", Niveau.MEEWETEN)), geenKern, List.of()),
                Arguments.of("stap 1 positief en wens MEEDOEN", invoer().intensiteit(Intensiteit.ZWAAR)
                        .belanghebbende(new Belanghebbende("Jongeren", null, 5, true, Gevolgen.POSITIEF,
                                Niveau.MEEDOEN)), geenKern, List.of()),
                // CONSENSUS_ILLUSIE: draagvlak of acceptatie als doel bij niveau MEEWETEN
                Arguments.of("draagvlak bij MEEWETEN", invoer().doelen(DoelSamenwerking.DRAAGVLAK), geenKern,
                        List.of(Valkuil.CONSENSUS_ILLUSIE)),
                Arguments.of("acceptatie bij MEEWETEN", invoer().doelen(DoelSamenwerking.ACCEPTATIE,
                        DoelSamenwerking.WENSEN_OPHALEN), geenKern, List.of(Valkuil.CONSENSUS_ILLUSIE)),
                Arguments.of("draagvlak bij MEEDENKEN", invoer().doelen(DoelSamenwerking.DRAAGVLAK)
                        .belanghebbende(metBehoefte("Bewoners", 3)), geenKern, List.of()),
                Arguments.of("wensen ophalen bij MEEWETEN", invoer().doelen(DoelSamenwerking.WENSEN_OPHALEN), geenKern,
                        List.of()),
                // GEEN_KERNAMBTENAAR: de kern heeft er geen
                Arguments.of("kern zonder kernambtenaar", invoer(), Aanspreekpunt.bekend("Eck en Wiel", List.of()),
                        List.of(Valkuil.GEEN_KERNAMBTENAAR)),
                Arguments.of("kern met kernambtenaar", invoer(), Aanspreekpunt.bekend("Maurik",
                        List.of(new Kernambtenaar("Anne", null, null))), List.of()),
                Arguments.of("registry onbereikbaar", invoer(), Aanspreekpunt.registerOnbereikbaar("Maurik"), List.of()),
                // BELANGENANALYSE_ONVOLLEDIG: hinder >= 3 zonder belanghebbende met nadeel
                Arguments.of("hinder 3, alleen positieve gevolgen", invoer().hinderNa(Aspect.OVERLAST, 3)
                        .belanghebbende(metGevolgen(Gevolgen.POSITIEF)), geenKern,
                        List.of(Valkuil.BELANGENANALYSE_ONVOLLEDIG)),
                Arguments.of("hinder 3, geen belanghebbenden", invoer().hinderTijdens(Aspect.UITZICHT, 3), geenKern,
                        List.of(Valkuil.BELANGENANALYSE_ONVOLLEDIG)),
                Arguments.of("hinder 4, stap 1 negatief", invoer().tijd(false).hinderTijdens(Aspect.UITZICHT, 4)
                        .belanghebbende(metGevolgen(Gevolgen.GEEN)), geenKern,
                        List.of(Valkuil.BELANGENANALYSE_ONVOLLEDIG)),
                Arguments.of("hinder 2", invoer().hinderNa(Aspect.OVERLAST, 2), geenKern, List.of()),
                Arguments.of("hinder 3 met negatieve gevolgen", invoer().hinderNa(Aspect.OVERLAST, 3)
                        .belanghebbende(metGevolgen(Gevolgen.NEGATIEF)), geenKern, List.of()),
                Arguments.of("hinder 3 met gemengde gevolgen", invoer().hinderNa(Aspect.OVERLAST, 3)
                        .belanghebbende(metGevolgen(Gevolgen.GEMENGD)), geenKern, List.of()),
                // Alles tegelijk, in de volgorde van Valkuil
                Arguments.of("alle valkuilen", invoer().ruimte(false).doelen(DoelSamenwerking.DRAAGVLAK)
                        .hinderNa(Aspect.IDEEEL, 5).belanghebbende(wenst("Jongeren", Niveau.MEEBESLISSEN)),
                        Aanspreekpunt.bekend("Eck en Wiel", List.of()),
                        List.of(Valkuil.PARTICIPATIE_OM_DE_PARTICIPATIE, Valkuil.CONSENSUS_ILLUSIE,
                                Valkuil.GEEN_KERNAMBTENAAR, Valkuil.BELANGENANALYSE_ONVOLLEDIG, Valkuil.VERWACHTINGEN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void valkuilDetectie(String omschrijving, InvoerBouwer invoer, Aanspreekpunt aanspreekpunt, List<Valkuil> verwacht) {
        assertEquals(verwacht, valkuilen(invoer, aanspreekpunt));
    }

    @Test
    void valkuilenNoemenWieHetBetreftEnWaarom() {
        Uitkomst uitkomst = Beoordeling.van(invoer().ruimte(false).doelen(DoelSamenwerking.DRAAGVLAK,
                        DoelSamenwerking.ACCEPTATIE).hinderNa(Aspect.OVERLAST, 3)
                .belanghebbende(wenst("Jongeren", Niveau.MEEDOEN))
                .belanghebbende(wenst("Sportclub", Niveau.MEEDENKEN)));
        Waarschuwing omDeParticipatie = uitkomst.valkuilen().get(0);
        Waarschuwing consensus = uitkomst.valkuilen().get(1);
        Waarschuwing belangenanalyse = uitkomst.valkuilen().get(2);

        assertEquals(List.of("Jongeren", "Sportclub"), omDeParticipatie.belanghebbenden());
        assertEquals(OnderbouwingCode.PARTICIPATIE_OM_DE_PARTICIPATIE.met("Jongeren en Sportclub"),
                omDeParticipatie.onderbouwing().get(0));
        assertEquals(OnderbouwingCode.CONSENSUS_ILLUSIE.met("draagvlak en acceptatie"), consensus.onderbouwing().get(0));
        assertEquals(List.of(), consensus.belanghebbenden());
        assertEquals("De hinder is 3 (gemiddeld) (overlast, na realisatie), maar geen belanghebbende heeft negatieve "
                + "of gemengde gevolgen: de groepen die de hinder dragen ontbreken, denk aan groepen die een groot "
                + "belang hebben maar weinig invloed.", belangenanalyse.onderbouwing().get(0).tekst());
    }

    @Test
    void waarschuwingenVeranderenGeenNiveau() {
        InvoerBouwer zonderWens = invoer().ruimte(false).doelen(DoelSamenwerking.DRAAGVLAK).hinderNa(Aspect.IDEEEL, 5)
                .belanghebbende(new Belanghebbende("Jongeren", null, 5, true, Gevolgen.POSITIEF, null));
        InvoerBouwer metWens = invoer().ruimte(false).doelen(DoelSamenwerking.DRAAGVLAK).hinderNa(Aspect.IDEEEL, 5)
                .belanghebbende(new Belanghebbende("Jongeren", null, 5, true, Gevolgen.POSITIEF, Niveau.MEEBESLISSEN));

        Uitkomst zonder = Beoordeling.van(zonderWens);
        Uitkomst met = Beoordeling.van(metWens);

        assertEquals(zonder.stap3().niveau(), met.stap3().niveau());
        assertEquals(zonder.stap3().belanghebbenden().get(0).niveau(), met.stap3().belanghebbenden().get(0).niveau());
        assertEquals(zonder.stap4(), met.stap4());
        assertEquals(List.of(Valkuil.CONSENSUS_ILLUSIE, Valkuil.BELANGENANALYSE_ONVOLLEDIG),
                Beoordeling.valkuilen(zonder));
    }
}
