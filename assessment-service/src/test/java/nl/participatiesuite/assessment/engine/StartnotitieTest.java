package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.codes;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static nl.participatiesuite.assessment.engine.OnderbouwingCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StartnotitieTest {

    static Stream<Arguments> startnotitieVoorDeRaad() {
        Regelset zwaarVanaf6 = RegelsetBouwer.standaard().intensiteit(2, 6).bouw();
        Regelset standaard = Regelset.standaard();
        InvoerBouwer samenleving = invoer().samenleving(true);
        return Stream.of(
                Arguments.of("gemeente, ZWAAR", invoer().omvang(5), standaard, true,
                        List.of(STARTNOTITIE_INTENSITEIT)),
                Arguments.of("gemeente, MIDDEL en belang 4", invoer().omvang(4).maatschappelijkBelang(4), standaard,
                        false, List.of(STARTNOTITIE_NIET_VEREIST)),
                Arguments.of("gemeente, belang 5 (dus ook ZWAAR)", invoer().maatschappelijkBelang(5), standaard, true,
                        List.of(STARTNOTITIE_INTENSITEIT, STARTNOTITIE_BELADEN)),
                Arguments.of("gemeente, maatwerk: belang 5 bij MIDDEL", invoer().maatschappelijkBelang(5), zwaarVanaf6,
                        true, List.of(STARTNOTITIE_BELADEN)),
                Arguments.of("gemeente, stap 1 negatief en beladen", invoer().tijd(false).maatschappelijkBelang(6),
                        standaard, true, List.of(STARTNOTITIE_BELADEN)),
                Arguments.of("gemeente, stap 1 negatief en groot maar niet beladen",
                        invoer().tijd(false).omvang(6).maatschappelijkBelang(4), standaard, false,
                        List.of(STARTNOTITIE_NIET_VEREIST)),
                Arguments.of("samenleving, ZWAAR en beladen", samenleving.omvang(6).maatschappelijkBelang(6), standaard,
                        false, List.of(STARTNOTITIE_ALLEEN_GEMEENTE)));
    }

    @ParameterizedTest(name = "{0} -> vereist={3}")
    @MethodSource
    void startnotitieVoorDeRaad(String omschrijving, InvoerBouwer invoer, Regelset regelset, boolean vereist,
                                List<OnderbouwingCode> redenen) {
        StartnotitieUitkomst uitkomst = Beoordeling.van(invoer, regelset).startnotitie();

        assertEquals(vereist, uitkomst.vereist());
        assertEquals(redenen, codes(uitkomst.onderbouwing()));
    }
}
