package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.codes;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static nl.participatiesuite.assessment.engine.OnderbouwingCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AanspreekpuntTest {

    private static final Kernambtenaar ANNE = new Kernambtenaar("Anne de Vries", "anne@buren.nl", "14 0344");
    private static final Kernambtenaar BAS = new Kernambtenaar("Bas Jansen", "bas@buren.nl", "14 0344");

    private static Uitkomst beoordeel(Aanspreekpunt aanspreekpunt) {
        return Beoordeling.ENGINE.beoordeel(invoer().bouw(), Regelset.standaard(), aanspreekpunt,
                WerkvormEffectiviteit.van(Map.of()));
    }

    static Stream<Arguments> aanspreekpunt() {
        return Stream.of(
                Arguments.of("geen kern", Aanspreekpunt.geenKern(), AanspreekpuntStatus.GEEN_KERN, true,
                        List.of(), List.of(AANSPREEKPUNT_GEEN_KERN)),
                Arguments.of("kernambtenaren bekend", Aanspreekpunt.bekend("Maurik", List.of(ANNE, BAS)),
                        AanspreekpuntStatus.KERNAMBTENAREN_BEKEND, true, List.of(ANNE, BAS), List.of(KERNAMBTENAAR)),
                Arguments.of("kern zonder kernambtenaar", Aanspreekpunt.bekend("Eck en Wiel", List.of()),
                        AanspreekpuntStatus.KERNAMBTENAREN_BEKEND, true, List.of(), List.of(GEEN_KERNAMBTENAAR)),
                Arguments.of("via de gemeente", Aanspreekpunt.viaGemeente("Maurik"),
                        AanspreekpuntStatus.VIA_GEMEENTE, true, List.of(), List.of(KERNAMBTENAAR_VIA_GEMEENTE)),
                Arguments.of("registry onbereikbaar", Aanspreekpunt.registerOnbereikbaar("Maurik"),
                        AanspreekpuntStatus.REGISTER_ONBEREIKBAAR, false, List.of(), List.of(REGISTER_ONBEREIKBAAR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aanspreekpunt(String omschrijving, Aanspreekpunt aanspreekpunt, AanspreekpuntStatus status,
                       boolean beschikbaar, List<Kernambtenaar> kernambtenaren, List<OnderbouwingCode> redenen) {
        AanspreekpuntUitkomst uitkomst = beoordeel(aanspreekpunt).aanspreekpunt();

        assertEquals(status, uitkomst.status());
        assertEquals(beschikbaar, uitkomst.beschikbaar());
        assertEquals(kernambtenaren, uitkomst.kernambtenaren());
        assertEquals(redenen, codes(uitkomst.onderbouwing()));
    }

    @Test
    void brengVroegDeKernambtenaarOpDeHoogte() {
        AanspreekpuntUitkomst uitkomst = beoordeel(Aanspreekpunt.bekend("Maurik", List.of(ANNE, BAS))).aanspreekpunt();

        assertEquals("Maurik", uitkomst.kern());
        assertEquals("Breng vroeg de kernambtenaar van kern Maurik op de hoogte (naam en contactgegevens: zie de "
                + "kernambtenaren bij dit aanspreekpunt).", uitkomst.onderbouwing().get(0).tekst());
        assertEquals(List.of(ANNE, BAS), uitkomst.kernambtenaren());
    }

    /** Personal data lives only in the kernambtenaren's own fields, never in a sentence of the outcome. */
    @Test
    void geenSpoorVanDeKernambtenaarBuitenZijnEigenVelden() {
        Uitkomst uitkomst = beoordeel(Aanspreekpunt.bekend("Maurik", List.of(ANNE, BAS)));
        String zonderKernambtenaren = uitkomst.toString().replace(uitkomst.aanspreekpunt().kernambtenaren().toString(), "");

        for (String persoonsgegeven : List.of("Anne de Vries", "anne@buren.nl", "Bas Jansen", "bas@buren.nl", "14 0344")) {
            assertFalse(zonderKernambtenaren.contains(persoonsgegeven), persoonsgegeven);
        }
    }

    /** For a caller who may not see the gemeente's personal data: the kern and the way through the gemeente. */
    @Test
    void viaDeGemeenteNoemtDeKernEnHoeDeGemeenteTeBereikenIs() {
        Uitkomst uitkomst = beoordeel(Aanspreekpunt.viaGemeente("Maurik"));

        assertEquals("Maurik", uitkomst.aanspreekpunt().kern());
        assertEquals(List.of(), uitkomst.aanspreekpunt().kernambtenaren());
        assertEquals("Breng vroeg de kernambtenaar van kern Maurik op de hoogte: neem contact op met de gemeente "
                + "(telefoonnummer 14 gevolgd door het netnummer, of via de website van de gemeente); de gemeente "
                + "brengt u in contact met de kernambtenaar.", uitkomst.aanspreekpunt().onderbouwing().get(0).tekst());
        assertEquals(List.of(), Beoordeling.valkuilen(uitkomst), "niet gevraagd is niet hetzelfde als geen kernambtenaar");
    }

    @Test
    void onbereikbareRegistryLaatDeRestVanDeUitkomstStaan() {
        Uitkomst uitkomst = beoordeel(Aanspreekpunt.registerOnbereikbaar("Maurik"));

        assertNotNull(uitkomst.stap1());
        assertNotNull(uitkomst.stap4());
        assertEquals("Maurik", uitkomst.aanspreekpunt().kern());
        assertEquals(List.of(), Beoordeling.valkuilen(uitkomst), "onbekend is niet hetzelfde als geen kernambtenaar");
    }
}
