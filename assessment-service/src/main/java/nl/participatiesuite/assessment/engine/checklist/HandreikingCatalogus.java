package nl.participatiesuite.assessment.engine.checklist;

import java.util.List;
import java.util.Map;

/**
 * De stappen en vragen van de twee handreikingen uit de visie kerngericht werken van Buren (bijlagen 1 en 2).
 * Per opsommingsteken de vraagzin(nen) waarmee het begint; de sleutels zijn stabiel omdat opgeslagen
 * antwoorden ernaar verwijzen.
 */
final class HandreikingCatalogus {

    record Vraag(String sleutel, String tekst) {
    }

    record Stap(int nummer, String titel, List<Vraag> vragen) {
    }

    private static final List<Stap> INWONERSPARTICIPATIE = List.of(
            new Stap(1, "Afweging aan de voorkant", List.of(
                    new Vraag("afwegingRuimte", "Biedt het onderwerp ruimte voor participatie?"),
                    new Vraag("afwegingGeschikt", "Is het onderwerp geschikt voor inwoners?"),
                    new Vraag("afwegingDoel", "Wat is het doel van participatie?"),
                    new Vraag("afwegingConsequenties", "Zijn de consequenties helder voor iedereen?"),
                    new Vraag("afwegingCapaciteit", "Is er voldoende tijd, middelen en menskracht?"),
                    new Vraag("afwegingVoorgeschiedenis", "Wat is de voorgeschiedenis?"))),
            new Stap(2, "Bepalen van betrokkenen", List.of(
                    new Vraag("betrokkenenGebied", "Op welk gebied richten we ons?"),
                    new Vraag("betrokkenenActoren", "Maak een analyse van actoren."),
                    new Vraag("betrokkenenGemeenteraad", "Wat is de rol van de gemeenteraad?"),
                    new Vraag("betrokkenenInclusief", "Werken we actief en inclusief?"))),
            new Stap(3, "Niveau van participatie", List.of(
                    new Vraag("niveauUitkomsten", "Wat ga je doen met de uitkomsten?"),
                    new Vraag("niveauGrenzen", "Wat zijn de grenzen?"),
                    new Vraag("niveauParticipatie", "Wat is het niveau van participatie?"))),
            new Stap(4, "Maak een communicatieplan", List.of(
                    new Vraag("communicatieKernboodschappen", "Wat zijn de kernboodschappen?"),
                    new Vraag("communicatieKalender", "Maak een communicatiekalender."))),
            new Stap(5, "Inzet van participatiemiddelen", List.of(
                    new Vraag("participatiemiddelen",
                            "Bepaal welke (communicatie) middelen en methoden je gaat inzetten."))),
            new Stap(6, "Evalueer en leer", List.of(
                    new Vraag("evalueerTerugkoppeling", "Koppel terug. Hoe kan je dit het beste terugkoppelen?"),
                    new Vraag("evalueerProces", "Evalueer je proces. Wat waren de succesfactoren en leerpunten?"),
                    new Vraag("evalueerDelen", "Deel je ervaringen. Hoe kun je jouw/jullie ervaringen binnen dit "
                            + "traject delen binnen en buiten de gemeentelijke organisatie?"))));

    private static final List<Stap> OVERHEIDSPARTICIPATIE = List.of(
            new Stap(1, "Ken de geschiedenis", List.of(
                    new Vraag("geschiedenisInitiatief", "Wat is het initiatief?"),
                    new Vraag("geschiedenisAanleiding", "Wat is de aanleiding?"),
                    new Vraag("geschiedenisAmbtenaren", "Breng andere ambtenaren op de hoogte."))),
            new Stap(2, "Bepaal je houding", List.of(
                    new Vraag("houdingInitiatiefnemers", "Hoe kijk je aan tegen de initiatiefnemers?"),
                    new Vraag("houdingAnderen", "Hoe kijken anderen tegen het initiatief aan?"),
                    new Vraag("houdingFormeleRol", "Welke formele rol heeft de gemeente?"),
                    new Vraag("houdingVraag", "Wat vragen initiatiefnemers van de gemeente?"),
                    new Vraag("houdingUitgedacht", "Hoever is het initiatief uitgedacht?"),
                    new Vraag("houdingInitiatief", "Hoe kijk je aan tegen het initiatief?"))),
            new Stap(3, "Bepaal je rol", List.of(
                    new Vraag("rolMiddelen", "Hebben we de middelen om te ondersteunen?"),
                    new Vraag("rolKeuze", "Welke rol neem je in dit vraagstuk in?"))),
            new Stap(4, "Zorg voor duidelijkheid", List.of(
                    new Vraag("duidelijkheidRol", "Wees bewust van je rol."),
                    new Vraag("duidelijkheidContact", "Wees open en zorg voor contact."),
                    new Vraag("duidelijkheidKansen", "Zie kansen."),
                    new Vraag("duidelijkheidAfspraken", "Maak afspraken met elkaar."),
                    new Vraag("duidelijkheidOrganisatie", "Zorg voor een goede organisatie."))),
            new Stap(5, "Evalueer en leer", List.of(
                    new Vraag("evalueerProces", "Evalueer je proces. Wat waren de succesfactoren en leerpunten?"),
                    new Vraag("evalueerDelen", "Deel je ervaringen. Hoe kun je jouw/jullie ervaringen binnen dit "
                            + "traject delen binnen en buiten de gemeentelijke organisatie?"))));

    private static final Map<Handreiking, List<Stap>> STAPPEN = Map.of(
            Handreiking.INWONERSPARTICIPATIE, INWONERSPARTICIPATIE,
            Handreiking.OVERHEIDSPARTICIPATIE, OVERHEIDSPARTICIPATIE);

    private HandreikingCatalogus() {
    }

    static List<Stap> stappen(Handreiking handreiking) {
        return STAPPEN.get(handreiking);
    }

    static boolean kent(Handreiking handreiking, String sleutel) {
        return stappen(handreiking).stream()
                .flatMap(stap -> stap.vragen().stream())
                .anyMatch(vraag -> vraag.sleutel().equals(sleutel));
    }
}
