package nl.participatiesuite.registry.initiatief;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.kernambtenaar.Kernambtenaar;

/**
 * Request → initiatief, for submission and change. {@code kernen} and {@code kernambtenaar} are the
 * request's kernIds and vasteContactpersoon.kernambtenaarId, already checked by the service. Not the beoordelingId:
 * the assessment-service owns that link, the service decides what the initiatief keeps.
 */
final class InitiatiefMapper {

    private InitiatiefMapper() {
    }

    static void apply(InitiatiefRequest request, Initiatief initiatief, Set<Kern> kernen, Kernambtenaar kernambtenaar) {
        initiatief.gemeente = request.gemeente();
        gegevens(request, initiatief, kernen, kernambtenaar);
    }

    static void apply(InitiatiefWijziging wijziging, Initiatief initiatief, Set<Kern> kernen, Kernambtenaar kernambtenaar) {
        gegevens(wijziging, initiatief, kernen, kernambtenaar);
    }

    private static void gegevens(InitiatiefGegevens gegevens, Initiatief initiatief, Set<Kern> kernen,
            Kernambtenaar kernambtenaar) {
        initiatief.titel = Tekst.normaliseer(gegevens.titel());
        initiatief.doel = Tekst.normaliseer(gegevens.doel());
        initiatief.activiteit = Tekst.normaliseer(gegevens.activiteit());
        initiatief.kernen = new LinkedHashSet<>(kernen);
        initiatief.schaal = Schaal.valueOf(gegevens.schaal());
        InitiatiefnemerRequest nemer = gegevens.initiatiefnemer();
        initiatief.initiatiefnemerType = InitiatiefnemerType.valueOf(nemer.type());
        initiatief.initiatiefnemerNaam = Tekst.normaliseer(nemer.naam());
        initiatief.initiatiefnemerContact = Tekst.normaliseer(nemer.contact());
        VasteContactpersoonRequest contact = gegevens.vasteContactpersoon();
        boolean medewerker = contact != null && !contact.verwijstNaarKernambtenaar();
        initiatief.contactpersoonKernambtenaar = kernambtenaar;
        initiatief.contactpersoonNaam = medewerker ? Tekst.normaliseer(contact.naam()) : null;
        initiatief.contactpersoonEmail = medewerker ? Tekst.normaliseer(contact.email()) : null;
        initiatief.overheidsrol = gegevens.overheidsrol() == null ? null : Overheidsrol.valueOf(gegevens.overheidsrol());
        initiatief.leefbaarheidsaanvraagId = gegevens.leefbaarheidsaanvraagId();
    }
}
