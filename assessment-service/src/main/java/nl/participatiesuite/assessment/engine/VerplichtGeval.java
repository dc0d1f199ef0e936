package nl.participatiesuite.assessment.engine;

import java.time.LocalDate;

/**
 * Een geval waarin de gemeenteraad participatie verplicht heeft gesteld voordat een omgevingsvergunning voor een
 * buitenplanse omgevingsplanactiviteit wordt aangevraagd (Omgevingswet art. 16.55 lid 7; domain.md §6).
 *
 * @param code         stabiele code waarmee een beoordeling het geval noemt, bijvoorbeeld {@code WONINGBOUW_10_PLUS}
 * @param omschrijving het geval zoals de raad het aanwees ("meer dan 10 woningen")
 * @param besluit      de verwijzing naar het raadsbesluit
 * @param besluitdatum de datum van dat besluit
 */
public record VerplichtGeval(String code, String omschrijving, String besluit, LocalDate besluitdatum) {
}
