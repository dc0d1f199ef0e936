package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.codes;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static nl.participatiesuite.assessment.engine.OnderbouwingCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Rol van de gemeente (kwadrant Coevorden) en overheidsparticipatie-rol (Buren). */
class RollenTest {

    @ParameterizedTest(name = "{0}, ja op de rolvraag={1} -> {2}")
    @CsvSource({
            "SAMENLEVING, false, TOESCHOUWER, ROL_TOESCHOUWER",
            "SAMENLEVING, true,  DEELNEMER,   ROL_DEELNEMER",
            "GEMEENTE,    false, REGISSEUR,   ROL_REGISSEUR",
            "GEMEENTE,    true,  BESLISSER,   ROL_BESLISSER"})
    void rolVanDeGemeente(Initiatiefnemer initiatiefnemer, boolean rolvraag, RolGemeente rol, OnderbouwingCode code) {
        InvoerBouwer bouwer = initiatiefnemer == Initiatiefnemer.SAMENLEVING
                ? invoer().samenleving(rolvraag)
                : invoer().gemeenteMoetBeslissen(rolvraag);

        RolUitkomst uitkomst = Beoordeling.van(bouwer).rolGemeente();

        assertEquals(rol, uitkomst.rol());
        assertEquals(List.of(code), codes(uitkomst.onderbouwing()));
    }

    static Stream<Arguments> overheidsparticipatieRol() {
        return Stream.of(
                Arguments.of(Ondersteuning.GEEN, false, null, null, OverheidsparticipatieRol.STIMULEREN,
                        List.of(STIMULEREN)),
                Arguments.of(Ondersteuning.GEEN, true, null, null, OverheidsparticipatieRol.LOSLATEN,
                        List.of(LOSLATEN_SCHUURT_MET_DOELEN, AANDACHTSPUNTEN_MEEGEVEN)),
                Arguments.of(Ondersteuning.MIDDELEN, null, false, true, OverheidsparticipatieRol.LOSLATEN,
                        List.of(LOSLATEN_PAST_NIET_BIJ_AMBITIES, AANDACHTSPUNTEN_MEEGEVEN)),
                Arguments.of(Ondersteuning.MIDDELEN, null, true, false, OverheidsparticipatieRol.LOSLATEN,
                        List.of(LOSLATEN_GEEN_MIDDELEN, AANDACHTSPUNTEN_MEEGEVEN)),
                Arguments.of(Ondersteuning.MIDDELEN, null, false, false, OverheidsparticipatieRol.LOSLATEN,
                        List.of(LOSLATEN_PAST_NIET_BIJ_AMBITIES, LOSLATEN_GEEN_MIDDELEN, AANDACHTSPUNTEN_MEEGEVEN)),
                Arguments.of(Ondersteuning.MIDDELEN, null, true, true, OverheidsparticipatieRol.FACILITEREN,
                        List.of(FACILITEREN)),
                Arguments.of(Ondersteuning.MEDE_INITIATIEFNEMER, null, true, true,
                        OverheidsparticipatieRol.COPRODUCEREN, List.of(COPRODUCEREN, TE_VEEL_BEMOEIENIS)),
                Arguments.of(Ondersteuning.MEDE_INITIATIEFNEMER, null, true, false, OverheidsparticipatieRol.LOSLATEN,
                        List.of(LOSLATEN_GEEN_MIDDELEN, AANDACHTSPUNTEN_MEEGEVEN)),
                Arguments.of(Ondersteuning.MEDE_INITIATIEFNEMER, null, false, true, OverheidsparticipatieRol.LOSLATEN,
                        List.of(LOSLATEN_PAST_NIET_BIJ_AMBITIES, AANDACHTSPUNTEN_MEEGEVEN)),
                Arguments.of(null, null, null, null, null, List.of(OVERHEIDSPARTICIPATIE_ONBEANTWOORD)));
    }

    @ParameterizedTest(name = "gevraagd {0}, schuurt={1}, past={2}, middelen={3} -> {4}")
    @MethodSource
    void overheidsparticipatieRol(Ondersteuning gevraagd, Boolean schuurt, Boolean past, Boolean middelen,
                                  OverheidsparticipatieRol rol, List<OnderbouwingCode> redenen) {
        OverheidsparticipatieUitkomst uitkomst = Beoordeling.van(invoer().samenleving(true)
                .ondersteuningGevraagd(gevraagd).schuurtMetDoelen(schuurt).pastBijAmbities(past)
                .middelenBeschikbaar(middelen)).overheidsparticipatie();

        assertEquals(true, uitkomst.vanToepassing());
        assertEquals(rol, uitkomst.rol());
        assertEquals(redenen, codes(uitkomst.onderbouwing()));
    }

    @Test
    void coproducerenWaarschuwtVoorTeVeelBemoeienis() {
        OverheidsparticipatieUitkomst uitkomst = Beoordeling.van(invoer().samenleving(true)
                .ondersteuningGevraagd(Ondersteuning.MEDE_INITIATIEFNEMER).pastBijAmbities(true)
                .middelenBeschikbaar(true)).overheidsparticipatie();

        assertEquals("Wees hier voorzichtig mee: te veel bemoeienis kan de kracht van een inwonersinitiatief "
                + "tenietdoen.", uitkomst.onderbouwing().get(1).tekst());
    }

    @Test
    void overheidsparticipatieAlleenBijInitiatiefUitDeSamenleving() {
        OverheidsparticipatieUitkomst uitkomst = Beoordeling.van(invoer()
                .ondersteuningGevraagd(Ondersteuning.MIDDELEN).pastBijAmbities(true).middelenBeschikbaar(true))
                .overheidsparticipatie();

        assertFalse(uitkomst.vanToepassing());
        assertNull(uitkomst.rol());
        assertEquals(List.of(OVERHEIDSPARTICIPATIE_NIET_VAN_TOEPASSING), codes(uitkomst.onderbouwing()));
    }
}
