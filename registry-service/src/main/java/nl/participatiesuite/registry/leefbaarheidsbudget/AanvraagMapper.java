package nl.participatiesuite.registry.leefbaarheidsbudget;

import nl.participatiesuite.apirules.input.Tekst;

/** Request → aanvraag, and the besluit on it. The budget, the start status and the moment the service sets. */
final class AanvraagMapper {

    private AanvraagMapper() {
    }

    static void apply(AanvraagRequest request, Leefbaarheidsaanvraag aanvraag) {
        aanvraag.initiatiefId = request.initiatiefId();
        aanvraag.aanvrager = Tekst.normaliseer(request.aanvrager());
        aanvraag.omschrijving = Tekst.normaliseer(request.omschrijving());
        aanvraag.gevraagdBedrag = request.gevraagdBedrag();
    }

    /** A grant without an amount grants what was asked; AanvraagService has checked that it fits. */
    static void apply(BesluitRequest besluit, Leefbaarheidsaanvraag aanvraag) {
        aanvraag.status = besluit.kentToe() ? AanvraagStatus.TOEGEKEND : AanvraagStatus.AFGEWEZEN;
        aanvraag.toegekendBedrag = besluit.kentToe() ? besluit.toeTeKennen(aanvraag.gevraagdBedrag) : null;
        aanvraag.besluitReden = Tekst.normaliseer(besluit.reden());
    }
}
