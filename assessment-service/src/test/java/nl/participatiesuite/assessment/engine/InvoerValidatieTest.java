package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.namenEnCodes;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InvoerValidatieTest {

    @Test
    void geldigeInvoerHeeftGeenOvertredingen() {
        assertEquals(List.of(), InvoerValidatie.valideer(invoer().bouw()));
    }

    static Stream<Arguments> verplichteVelden() {
        Belanghebbende zonderNaam = new Belanghebbende(" ", null, 3, true, Gevolgen.GEEN, null);
        Belanghebbende zonderWeging = new Belanghebbende("Buren", null, null, true, Gevolgen.GEEN, null);
        Belanghebbende zonderPast = new Belanghebbende("Buren", null, 3, null, Gevolgen.GEEN, null);
        Belanghebbende zonderGevolgen = new Belanghebbende("Buren", null, 3, true, null, null);
        return Stream.of(
                geval("doel ontbreekt", b -> b.doel(null), "doel"),
                geval("doel leeg", b -> b.doel("   "), "doel"),
                geval("activiteit leeg", b -> b.activiteit(""), "activiteit"),
                geval("initiatiefnemer ontbreekt", b -> b.initiatiefnemer(null), "initiatiefnemer"),
                geval("schaal ontbreekt", b -> b.schaal(null), "schaal"),
                geval("ruimte ontbreekt", b -> b.ruimte(null), "ruimte"),
                geval("belangen ontbreekt", b -> b.belangen(null), "belangen"),
                geval("tijd ontbreekt", b -> b.tijd(null), "tijd"),
                geval("genoemd hinder-aspect zonder waarde", b -> b.hinderTijdens(Aspect.OVERLAST, null),
                        "hinderTijdens.OVERLAST"),
                geval("belanghebbende null", b -> b.belanghebbende(null), "belanghebbenden[0]"),
                geval("naam belanghebbende", b -> b.belanghebbende(zonderNaam), "belanghebbenden[0].naam"),
                geval("weging belanghebbende", b -> b.belanghebbende(zonderWeging), "belanghebbenden[0].weging"),
                geval("pastBijBelang", b -> b.belanghebbende(zonderPast), "belanghebbenden[0].pastBijBelang"),
                geval("gevolgen", b -> b.belanghebbende(zonderGevolgen), "belanghebbenden[0].gevolgen"),
                geval("rolvraag bij GEMEENTE", b -> b.gemeenteMoetBeslissen(null), "gemeenteMoetBeslissen"),
                geval("rolvraag bij SAMENLEVING", b -> b.samenleving(true).gemeenteBijdrageNodig(null),
                        "gemeenteBijdrageNodig"),
                geval("ondersteuning GEEN vraagt schuurtMetDoelen",
                        b -> b.samenleving(false).ondersteuningGevraagd(Ondersteuning.GEEN), "schuurtMetDoelen"),
                geval("ondersteuning MIDDELEN vraagt pastBijAmbities", b -> b.samenleving(true)
                        .ondersteuningGevraagd(Ondersteuning.MIDDELEN).middelenBeschikbaar(true), "pastBijAmbities"),
                geval("ondersteuning MEDE_INITIATIEFNEMER vraagt middelenBeschikbaar", b -> b.samenleving(true)
                        .ondersteuningGevraagd(Ondersteuning.MEDE_INITIATIEFNEMER).pastBijAmbities(true),
                        "middelenBeschikbaar"));
    }

    private static Arguments geval(String omschrijving, UnaryOperator<InvoerBouwer> wijziging, String veld) {
        return Arguments.of(omschrijving, wijziging, veld);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void verplichteVelden(String omschrijving, UnaryOperator<InvoerBouwer> wijziging, String veld) {
        List<Overtreding> overtredingen = InvoerValidatie.valideer(wijziging.apply(invoer()).bouw());

        assertEquals(List.of(veld + ":required"), namenEnCodes(overtredingen));
        assertEquals("Dit veld is verplicht.", overtredingen.get(0).reason());
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "omvang,                   -1, min",
            "omvang,                    0, -",
            "omvang,                    6, -",
            "omvang,                    7, max",
            "maatschappelijkBelang,    -1, min",
            "maatschappelijkBelang,     7, max",
            "maatschappelijkeBijdrage, -1, min",
            "maatschappelijkeBijdrage,  7, max",
            "hinderTijdens.OVERLAST,    7, max",
            "hinderTijdens.OVERLAST,    6, -",
            "hinderNa.UITZICHT,        -1, min",
            "hinderNa.UITZICHT,         0, -"})
    void schaalwaardenLiggenTussen0En6(String veld, int waarde, String code) {
        InvoerBouwer bouwer = invoer();
        switch (veld) {
            case "omvang" -> bouwer.omvang(waarde);
            case "maatschappelijkBelang" -> bouwer.maatschappelijkBelang(waarde);
            case "maatschappelijkeBijdrage" -> bouwer.maatschappelijkeBijdrage(waarde);
            case "hinderTijdens.OVERLAST" -> bouwer.hinderTijdens(Aspect.OVERLAST, waarde);
            case "hinderNa.UITZICHT" -> bouwer.hinderNa(Aspect.UITZICHT, waarde);
            default -> throw new IllegalArgumentException(veld);
        }
        List<String> verwacht = code == null ? List.of() : List.of(veld + ":" + code);

        assertEquals(verwacht, namenEnCodes(InvoerValidatie.valideer(bouwer.bouw())));
    }

    @ParameterizedTest(name = "weging {0} -> {1}")
    @CsvSource(nullValues = "-", value = {"0, min", "1, -", "5, -", "6, max"})
    void wegingLigtTussen1En5(int weging, String code) {
        List<Overtreding> overtredingen = InvoerValidatie.valideer(invoer()
                .belanghebbende(new Belanghebbende("Omwonenden", null, weging, true, Gevolgen.GEEN, null)).bouw());
        List<String> verwacht = code == null ? List.of() : List.of("belanghebbenden[0].weging:" + code);

        assertEquals(verwacht, namenEnCodes(overtredingen));
    }

    @Test
    void optioneleAntwoordenMogenOntbreken() {
        BeoordelingInvoer invoer = new BeoordelingInvoer("doel", "activiteit", Initiatiefnemer.SAMENLEVING,
                Schaal.GEMEENTE, true, true, true, null, null, null, null, null, null, null, null, null, false, null,
                null, null, null, null, null);

        assertEquals(List.of(), InvoerValidatie.valideer(invoer));
        assertTrue(invoer.belanghebbenden().isEmpty());
        assertTrue(invoer.hinderTijdens().isEmpty());
        assertTrue(invoer.doelenSamenwerking().isEmpty());
    }

    @Test
    void rolvraagVanDeAndereInitiatiefnemerWordtGenegeerd() {
        assertEquals(List.of(), InvoerValidatie.valideer(invoer().gemeenteBijdrageNodig(null).bouw()));
        assertEquals(List.of(),
                InvoerValidatie.valideer(invoer().samenleving(false).gemeenteMoetBeslissen(null).bouw()));
    }

    @Test
    void ontbrekendeInvoerIsEenOvertreding() {
        assertEquals(List.of("$:required"), namenEnCodes(InvoerValidatie.valideer(null)));
    }

    @Test
    void alleOvertredingenTegelijkInVeldvolgorde() {
        BeoordelingInvoer invoer = invoer().doel(null).activiteit(null).initiatiefnemer(null).schaal(null)
                .ruimte(null).belangen(null).tijd(null).omvang(9).hinderNa(Aspect.PRINCIPIEEL, -2)
                .belanghebbende(new Belanghebbende(null, null, 8, null, null, null))
                .belanghebbende(new Belanghebbende("Ondernemers", null, 0, true, Gevolgen.GEEN, null))
                .bouw();

        assertEquals(List.of(
                "doel:required", "activiteit:required", "initiatiefnemer:required", "schaal:required",
                "ruimte:required", "belangen:required", "tijd:required", "omvang:max", "hinderNa.PRINCIPIEEL:min",
                "belanghebbenden[0].naam:required", "belanghebbenden[0].weging:max",
                "belanghebbenden[0].pastBijBelang:required", "belanghebbenden[0].gevolgen:required",
                "belanghebbenden[1].weging:min"), namenEnCodes(InvoerValidatie.valideer(invoer)));
    }

    @Test
    void engineWeigertOngeldigeInvoerMetAlleOvertredingen() {
        BeoordelingInvoer invoer = invoer().doel(null).omvang(7).bouw();

        OngeldigeInvoerException fout = assertThrows(OngeldigeInvoerException.class, () -> Beoordeling.van(invoer));
        assertEquals(List.of("doel:required", "omvang:max"), namenEnCodes(fout.overtredingen()));
    }
}
