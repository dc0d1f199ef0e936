package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.codes;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static nl.participatiesuite.assessment.engine.OnderbouwingCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals("Breng vroeg de kernambtenaar op de hoogte: Anne de Vries en Bas Jansen (kern Maurik).",
                uitkomst.onderbouwing().get(0).tekst());
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
