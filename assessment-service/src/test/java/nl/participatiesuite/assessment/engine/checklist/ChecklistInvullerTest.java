package nl.participatiesuite.assessment.engine.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.participatiesuite.assessment.engine.Aanspreekpunt;
import nl.participatiesuite.assessment.engine.Belanghebbende;
import nl.participatiesuite.assessment.engine.BeoordelingInvoer;
import nl.participatiesuite.assessment.engine.Gevolgen;
import nl.participatiesuite.assessment.engine.Initiatiefnemer;
import nl.participatiesuite.assessment.engine.InvoerBouwer;
import nl.participatiesuite.assessment.engine.Kernambtenaar;
import nl.participatiesuite.assessment.engine.OngeldigeInvoerException;
import nl.participatiesuite.assessment.engine.Ondersteuning;
import nl.participatiesuite.assessment.engine.Overtreding;
import nl.participatiesuite.assessment.engine.Regelset;
import nl.participatiesuite.assessment.engine.SamenwerkingswijzerEngine;
import nl.participatiesuite.assessment.engine.SeedVoorbeeldTest;
import nl.participatiesuite.assessment.engine.Uitkomst;
import nl.participatiesuite.assessment.engine.WerkvormEffectiviteit;

class ChecklistInvullerTest {

    private static final SamenwerkingswijzerEngine ENGINE = new SamenwerkingswijzerEngine();

    private static Checklist vul(BeoordelingInvoer invoer, Aanspreekpunt aanspreekpunt, Map<String, String> antwoorden) {
        Uitkomst uitkomst = ENGINE.beoordeel(invoer, Regelset.standaard(), aanspreekpunt,
                WerkvormEffectiviteit.onbeschikbaar());
        return ChecklistInvuller.vul(invoer, uitkomst, antwoorden);
    }

    private static ChecklistVraag vraag(Checklist checklist, String sleutel) {
        return checklist.stappen().stream().flatMap(s -> s.vragen().stream())
                .filter(v -> v.sleutel().equals(sleutel)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} stap {1}: {2}")
    @CsvSource({
            "INWONERSPARTICIPATIE,  1, Afweging aan de voorkant,       6",
            "INWONERSPARTICIPATIE,  2, Bepalen van betrokkenen,        4",
            "INWONERSPARTICIPATIE,  3, Niveau van participatie,        3",
            "INWONERSPARTICIPATIE,  4, Maak een communicatieplan,      2",
            "INWONERSPARTICIPATIE,  5, Inzet van participatiemiddelen, 1",
            "INWONERSPARTICIPATIE,  6, Evalueer en leer,               3",
            "OVERHEIDSPARTICIPATIE, 1, Ken de geschiedenis,            3",
            "OVERHEIDSPARTICIPATIE, 2, Bepaal je houding,              6",
            "OVERHEIDSPARTICIPATIE, 3, Bepaal je rol,                  2",
            "OVERHEIDSPARTICIPATIE, 4, Zorg voor duidelijkheid,        5",
            "OVERHEIDSPARTICIPATIE, 5, Evalueer en leer,               2"})
    void stappenVanDeHandreikingen(Handreiking handreiking, int nummer, String titel, int aantalVragen) {
        Checklist checklist = ChecklistInvuller.leeg(handreiking);
        ChecklistStap stap = checklist.stappen().get(nummer - 1);

        assertEquals(handreiking == Handreiking.INWONERSPARTICIPATIE ? 6 : 5, checklist.stappen().size());
        assertEquals(nummer, stap.nummer());
        assertEquals(titel, stap.titel());
        assertEquals(aantalVragen, stap.vragen().size());
        assertTrue(stap.vragen().stream().allMatch(v -> v.status() == VraagStatus.OPEN && v.antwoord() == null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"GEMEENTE, INWONERSPARTICIPATIE", "SAMENLEVING, OVERHEIDSPARTICIPATIE"})
    void handreikingVolgtDeInitiatiefnemer(Initiatiefnemer initiatiefnemer, Handreiking handreiking) {
        assertEquals(handreiking, Handreiking.voor(initiatiefnemer));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"INWONERSPARTICIPATIE", "OVERHEIDSPARTICIPATIE"})
    void vraagsleutelsZijnUniek(Handreiking handreiking) {
        List<String> sleutels = ChecklistInvuller.leeg(handreiking).stappen().stream()
                .flatMap(s -> s.vragen().stream()).map(ChecklistVraag::sleutel).toList();
        Set<String> uniek = new HashSet<>(sleutels);

        assertEquals(sleutels.size(), uniek.size());
    }

    /** Het voorbeeld van de sportveldjes: wat de samenwerkingswijzer beantwoordt en wat open blijft. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "afwegingRuimte           | BEREKEND | Ja.",
            "afwegingGeschikt         | BEREKEND | Ja.",
            "afwegingDoel             | BEREKEND | Wensen ophalen, draagvlak.",
            "afwegingConsequenties    | -        | -",
            "afwegingCapaciteit       | BEREKEND | Ja.",
            "afwegingVoorgeschiedenis | -        | -",
            "betrokkenenGebied        | BEREKEND | Schaal dorp/wijk, kern Maurik.",
            "betrokkenenActoren       | BEREKEND | Jongeren uit de wijk (weging 5, gevolgen POSITIEF); Omwonenden van "
                    + "de veldjes (weging 3, gevolgen NEGATIEF); Sportvereniging (weging 2, gevolgen POSITIEF).",
            "betrokkenenGemeenteraad  | -        | -",
            "betrokkenenInclusief     | -        | -",
            "niveauUitkomsten         | BEREKEND | De uitkomsten worden gebruikt voor een gezamenlijke uitwerking van "
                    + "het plan.",
            "niveauGrenzen            | BEREKEND | Budget 150.000 euro; veldjes op gemeentegrond",
            "niveauParticipatie       | BEREKEND | MEEDOEN (participatieladder: COPRODUCEREN).",
            "communicatieKernboodschappen | -    | -",
            "communicatieKalender     | -        | -",
            "participatiemiddelen     | BEREKEND | Werkvormen: Online atelier; Workshop; Versnellingskamer. "
                    + "Communicatie (meeweten): Webinar; Post op social media; Brief, mail, whatsappgroep; "
                    + "Voorlichtingssessie; Nieuwsbrief; Inloopbijeenkomst.",
            "evalueerTerugkoppeling   | -        | -",
            "evalueerProces           | -        | -",
            "evalueerDelen            | -        | -"})
    void uitkomstVultDeHandreikingInwonersparticipatie(String sleutel, AntwoordBron bron, String antwoord) {
        Checklist checklist = vul(SeedVoorbeeldTest.SPORTVELDJES, SeedVoorbeeldTest.MAURIK, Map.of());
        ChecklistVraag vraag = vraag(checklist, sleutel);

        assertEquals(Handreiking.INWONERSPARTICIPATIE, checklist.handreiking());
        assertEquals(bron == null ? VraagStatus.OPEN : VraagStatus.BEANTWOORD, vraag.status());
        assertEquals(bron, vraag.bron());
        assertEquals(antwoord, vraag.antwoord());
    }

    @Test
    void negatieveAfwegingNoemtDeReden() {
        Checklist checklist = vul(InvoerBouwer.invoer().ruimte(false).bouw(), Aanspreekpunt.geenKern(), Map.of());

        assertEquals("Nee. Het onderwerp biedt onvoldoende ruimte voor reële alternatieven; samenwerken zou tot "
                + "teleurstelling leiden.", vraag(checklist, "afwegingRuimte").antwoord());
        assertEquals("Ja.", vraag(checklist, "afwegingCapaciteit").antwoord());
        assertEquals("Schaal dorp/wijk.", vraag(checklist, "betrokkenenGebied").antwoord());
    }

    @Test
    void startnotitieBeantwoordtDeRolVanDeGemeenteraad() {
        Checklist checklist = vul(InvoerBouwer.invoer().omvang(6).bouw(), Aanspreekpunt.geenKern(), Map.of());

        assertEquals("Een plan van de gemeente met intensiteit ZWAAR: leg een startnotitie of participatienotitie "
                + "voor aan de gemeenteraad.", vraag(checklist, "betrokkenenGemeenteraad").antwoord());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "geschiedenisInitiatief   | BEREKEND | Doel: De gezondheid van jongeren verbeteren. Activiteit: Drie "
                    + "sportveldjes realiseren.",
            "geschiedenisAanleiding   | -        | -",
            "geschiedenisAmbtenaren   | BEREKEND | Breng vroeg de kernambtenaar van kern Eck en Wiel op de hoogte "
                    + "(naam en contactgegevens: zie de kernambtenaren bij dit aanspreekpunt).",
            "houdingInitiatiefnemers  | -        | -",
            "houdingAnderen           | BEREKEND | Buurtvereniging (weging 3, gevolgen POSITIEF).",
            "houdingFormeleRol        | -        | -",
            "houdingVraag             | BEREKEND | Middelen, zoals budget, kennis of menskracht.",
            "houdingUitgedacht        | -        | -",
            "houdingInitiatief        | BEREKEND | Past bij de ambities van de gemeente: ja.",
            "rolMiddelen              | BEREKEND | Ja.",
            "rolKeuze                 | BEREKEND | FACILITEREN. De initiatiefnemers vragen middelen, het initiatief past "
                    + "bij de ambities en er zijn middelen: faciliteren, bijvoorbeeld met budget, kennis of menskracht.",
            "duidelijkheidRol         | -        | -",
            "duidelijkheidContact     | -        | -",
            "duidelijkheidKansen      | -        | -",
            "duidelijkheidAfspraken   | -        | -",
            "duidelijkheidOrganisatie | -        | -",
            "evalueerProces           | -        | -",
            "evalueerDelen            | -        | -"})
    void uitkomstVultDeHandreikingOverheidsparticipatie(String sleutel, AntwoordBron bron, String antwoord) {
        BeoordelingInvoer invoer = InvoerBouwer.invoer().samenleving(true)
                .ondersteuningGevraagd(Ondersteuning.MIDDELEN).pastBijAmbities(true).middelenBeschikbaar(true)
                .belanghebbende(new Belanghebbende("Buurtvereniging", null, 3,
                        true, Gevolgen.POSITIEF, null))
                .bouw();
        Checklist checklist = vul(invoer, Aanspreekpunt.bekend("Eck en Wiel",
                List.of(new Kernambtenaar("Bas Jansen", "bas@buren.nl", null))), Map.of());
        ChecklistVraag vraag = vraag(checklist, sleutel);

        assertEquals(Handreiking.OVERHEIDSPARTICIPATIE, checklist.handreiking());
        assertEquals(bron == null ? VraagStatus.OPEN : VraagStatus.BEANTWOORD, vraag.status());
        assertEquals(bron, vraag.bron());
        assertEquals(antwoord, vraag.antwoord());
    }

    @Test
    void antwoordVanHetTeamGaatVoorEnLeegTeltNiet() {
        Map<String, String> antwoorden = new LinkedHashMap<>();
        antwoorden.put("afwegingConsequenties", "  Besproken met de wethouder ");
        antwoorden.put("niveauParticipatie", "MEEDENKEN, afgesproken met de raad");
        antwoorden.put("afwegingVoorgeschiedenis", " ");
        antwoorden.put("evalueerDelen", null);

        Checklist checklist = vul(SeedVoorbeeldTest.SPORTVELDJES, SeedVoorbeeldTest.MAURIK, antwoorden);

        assertEquals(new ChecklistVraag("afwegingConsequenties", "Zijn de consequenties helder voor iedereen?",
                VraagStatus.BEANTWOORD, "Besproken met de wethouder", AntwoordBron.GEBRUIKER),
                vraag(checklist, "afwegingConsequenties"));
        assertEquals("MEEDENKEN, afgesproken met de raad", vraag(checklist, "niveauParticipatie").antwoord());
        assertEquals(AntwoordBron.GEBRUIKER, vraag(checklist, "niveauParticipatie").bron());
        assertEquals(VraagStatus.OPEN, vraag(checklist, "afwegingVoorgeschiedenis").status());
        assertNull(vraag(checklist, "evalueerDelen").antwoord());
    }

    @Test
    void onbekendeVraagsleutelsWordenGeweigerd() {
        Map<String, String> antwoorden = Map.of("rolKeuze", "FACILITEREN", "bestaatNiet", "x", "afwegingDoel", "ok");

        List<Overtreding> overtredingen = ChecklistInvuller.valideerAntwoorden(Handreiking.INWONERSPARTICIPATIE,
                antwoorden);
        OngeldigeInvoerException fout = assertThrows(OngeldigeInvoerException.class,
                () -> vul(SeedVoorbeeldTest.SPORTVELDJES, SeedVoorbeeldTest.MAURIK, antwoorden));

        assertEquals(List.of("antwoorden.bestaatNiet:unexpected", "antwoorden.rolKeuze:unexpected"),
                overtredingen.stream().map(o -> o.name() + ":" + o.code()).toList());
        assertEquals("De handreiking inwonersparticipatie kent geen vraag met deze sleutel.",
                overtredingen.get(0).reason());
        assertEquals(overtredingen, fout.overtredingen());
        assertEquals(List.of(), ChecklistInvuller.valideerAntwoorden(Handreiking.OVERHEIDSPARTICIPATIE,
                Map.of("rolKeuze", "FACILITEREN")));
    }
}
