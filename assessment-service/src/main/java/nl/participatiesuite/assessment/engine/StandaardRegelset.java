package nl.participatiesuite.assessment.engine;

import java.util.List;
import java.util.Map;

/**
 * De standaardregelset van domain.md §2. De werkvormen zijn letterlijk de matrix van Coevorden
 * hoofdstuk 6 zoals domain.md die vastlegt, in de daar gegeven volgorde: die volgorde is de
 * aanbeveling zolang er geen evaluaties zijn.
 */
final class StandaardRegelset {

    static final Regelset REGELSET = new Regelset(
            "standaard-1",
            new Regelset.IntensiteitGrenzen(2, 5),
            new Regelset.SamenwerkingsplanGrenzen(5, 5),
            4,
            new Regelset.BehoefteRegels(1, 1, 3, 5, 6),
            Map.of(Intensiteit.LICHT, Niveau.MEEDENKEN, Intensiteit.MIDDEL, Niveau.MEEDOEN),
            Niveau.MEEDENKEN,
            Map.of(
                    Niveau.MEEWETEN, Ladderniveau.INFORMEREN,
                    Niveau.MEEDENKEN, Ladderniveau.ADVISEREN,
                    Niveau.MEEDOEN, Ladderniveau.COPRODUCEREN,
                    Niveau.MEEBESLISSEN, Ladderniveau.MEEBESLISSEN),
            Map.of(Niveau.MEEDENKEN, Ladderniveau.RAADPLEGEN),
            new Regelset.StartnotitieGrenzen(Intensiteit.ZWAAR, 5),
            3,
            Map.of(
                    Niveau.MEEWETEN, "er is geen ruimte voor inbreng; betrokkenen worden op de hoogte "
                            + "gehouden van ontwikkelingen en besluitvorming",
                    Niveau.MEEDENKEN, "de uitkomsten worden meegewogen in de oordeelsvorming / gebruikt voor "
                            + "een verbeterde uitwerking",
                    Niveau.MEEDOEN, "de uitkomsten worden gebruikt voor een gezamenlijke uitwerking van het plan",
                    Niveau.MEEBESLISSEN, "de uitkomst (meerderheidsvoorkeur) bepaalt welk besluit wordt genomen"),
            Map.of(
                    Niveau.MEEWETEN, Map.of(
                            Schaal.STRAAT_BUURT, List.of("Bijeenkomst", "Straat/buurtshow", "Videogesprek",
                                    "Brief, mail, whatsappgroep", "Nieuwsbrief", "Inloopbijeenkomst"),
                            Schaal.DORP_WIJK, List.of("Webinar", "Post op social media", "Brief, mail, whatsappgroep",
                                    "Voorlichtingssessie", "Nieuwsbrief", "Inloopbijeenkomst"),
                            Schaal.GEBIED_REGIO, List.of("Webinar", "Brief of mail", "Posters/zuilen",
                                    "Huis-aan-huisbladen", "Website"),
                            Schaal.GEMEENTE, List.of("Webinar", "Posters/zuilen", "Huis-aan-huisbladen", "Website",
                                    "Social media")),
                    Niveau.MEEDENKEN, Map.of(
                            Schaal.STRAAT_BUURT, List.of("Videogesprek", "Straat/buurtshow", "Boodschappenlijstje",
                                    "Koffiesessies"),
                            Schaal.DORP_WIJK, List.of("Enquête", "Inwonerspanel", "Initiatievenpitch", "Koffiesessies"),
                            Schaal.GEBIED_REGIO, List.of("Enquête", "Digitale inloop", "Initiatievenpitch",
                                    "Expertpanel"),
                            Schaal.GEMEENTE, List.of("Enquête", "Digitale inloop", "Initiatievenpitch", "Expertpanel")),
                    Niveau.MEEDOEN, Map.of(
                            Schaal.STRAAT_BUURT, List.of("Online atelier", "Workshop", "Brainstormsessie"),
                            Schaal.DORP_WIJK, List.of("Online atelier", "Workshop", "Versnellingskamer"),
                            Schaal.GEBIED_REGIO, List.of("Workshops", "Werkgroepen", "Versnellingskamer"),
                            Schaal.GEMEENTE, List.of("Workshops", "Werkgroepen", "Versnellingskamer")),
                    Niveau.MEEBESLISSEN, Map.of(
                            Schaal.STRAAT_BUURT, List.of("Videogesprek", "Buurtcommissie", "Buurt- of straatteam"),
                            Schaal.DORP_WIJK, List.of("Digitaal inwonerspanel", "Right to challenge",
                                    "Wijk/dorpsvisie", "Wijk/dorpsbudget"),
                            Schaal.GEBIED_REGIO, List.of("Digitaal inwonerspanel", "Burgerbegroting",
                                    "Right to challenge"),
                            Schaal.GEMEENTE, List.of("Digitaal inwonerspanel", "Burgerbegroting",
                                    "Right to challenge"))),
            // De raad van elke gemeente wijst zijn eigen gevallen aan; standaard zijn er geen.
            List.of());

    private StandaardRegelset() {
    }
}
