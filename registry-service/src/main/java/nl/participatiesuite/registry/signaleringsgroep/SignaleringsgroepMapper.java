package nl.participatiesuite.registry.signaleringsgroep;

import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.registry.common.ContactpersoonRequest;
import nl.participatiesuite.registry.regels.Soort;

/** Request → signaleringsgroep, for registration and change alike (a change keeps the gemeente). */
final class SignaleringsgroepMapper {

    private SignaleringsgroepMapper() {
    }

    static void apply(SignaleringsgroepRequest request, Signaleringsgroep groep) {
        groep.gemeente = request.gemeente();
        groep.soort = Soort.valueOf(request.soort());
        groep.naam = Tekst.normaliseer(request.naam());
        groep.kernId = request.kernId();
        groep.contactpersoon = ContactpersoonRequest.toGegevens(request.contactpersoon());
    }
}
