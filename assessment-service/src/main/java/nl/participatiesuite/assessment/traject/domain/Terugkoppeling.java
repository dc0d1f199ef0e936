package nl.participatiesuite.assessment.traject.domain;

import java.time.LocalDate;

/**
 * Het terugkoppelingsmoment aan het eind van een fase: het college rapporteert aan de raad, de raad stelt
 * zijn kaders vast of bevestigt ze. Pas als beide met datum zijn vastgelegd mag het traject de fase verlaten.
 */
public record Terugkoppeling(Fase fase, LocalDate collegeGerapporteerd, LocalDate raadKadersVastgesteld) {

    /** Beide helften vastgelegd. Geen "is"-naam: dit is afgeleid en hoort niet in het JSON-model. */
    public boolean volledig() {
        return collegeGerapporteerd != null && raadKadersVastgesteld != null;
    }
}
