package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * De volledige uitkomst van een beoordeling. Een zuivere functie van (invoer, regelset, aanspreekpunt,
 * effectiviteit): gelijke argumenten geven een gelijke uitkomst. {@code regelsetVersie} legt vast welke
 * regels deze uitkomst gaven.
 *
 * @param verplichteParticipatie of de raad participatie voor dit plan verplicht stelde (domain.md §6)
 * @param valkuilen waarschuwingen in de volgorde van {@link Valkuil}; ze veranderen nooit een niveau
 */
public record Uitkomst(
        String regelsetVersie,
        Stap1Uitkomst stap1,
        Stap2Uitkomst stap2,
        Stap3Uitkomst stap3,
        Stap4Uitkomst stap4,
        RolUitkomst rolGemeente,
        OverheidsparticipatieUitkomst overheidsparticipatie,
        StartnotitieUitkomst startnotitie,
        AanspreekpuntUitkomst aanspreekpunt,
        List<Waarschuwing> valkuilen,
        VerplichteParticipatieUitkomst verplichteParticipatie) {
    public Uitkomst {
        valkuilen = List.copyOf(valkuilen);
    }
}
