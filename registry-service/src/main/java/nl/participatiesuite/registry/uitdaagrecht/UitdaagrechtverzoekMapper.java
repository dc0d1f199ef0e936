package nl.participatiesuite.registry.uitdaagrecht;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.registry.common.ContactpersoonRequest;
import nl.participatiesuite.registry.initiatief.Initiatief;
import nl.participatiesuite.registry.kern.Kern;

/**
 * Request → uitdaagrechtverzoek, for receipt and change. {@code kernen} and {@code initiatief} are the request's
 * kernIds and initiatiefId, already checked by the service; the rule set and status are the service's to set.
 */
final class UitdaagrechtverzoekMapper {

    private UitdaagrechtverzoekMapper() {
    }

    static void apply(UitdaagrechtverzoekRequest request, Uitdaagrechtverzoek verzoek, Set<Kern> kernen, Initiatief initiatief) {
        verzoek.gemeente = request.gemeente();
        verzoek.ontvangstdatum = request.ontvangstdatum();
        gegevens(request, verzoek, kernen, initiatief);
    }

    static void apply(UitdaagrechtverzoekWijziging wijziging, Uitdaagrechtverzoek verzoek, Set<Kern> kernen,
            Initiatief initiatief) {
        gegevens(wijziging, verzoek, kernen, initiatief);
    }

    private static void gegevens(VerzoekGegevens gegevens, Uitdaagrechtverzoek verzoek, Set<Kern> kernen,
            Initiatief initiatief) {
        verzoek.kernen = new LinkedHashSet<>(kernen);
        IndienerRequest indiener = gegevens.indiener();
        verzoek.indienerType = IndienerType.valueOf(indiener.type());
        verzoek.indienerNaam = Tekst.normaliseer(indiener.naam());
        verzoek.indienerRechtsvorm = Tekst.normaliseer(indiener.rechtsvorm());
        verzoek.contactpersoon = ContactpersoonRequest.toGegevens(indiener.contactpersoon());
        verzoek.taakOmschrijving = Tekst.normaliseer(gegevens.taakOmschrijving());
        verzoek.taakHuidigeJaarkosten = euros(gegevens.taakHuidigeJaarkosten());
        verzoek.motiveringsgronden = Codes.samen(Motiveringsgrond.class, gegevens.motiveringsgronden());
        verzoek.motivering = Tekst.normaliseer(gegevens.motivering());
        verzoek.draagvlakOmschrijving = Tekst.normaliseer(gegevens.draagvlakOmschrijving());
        verzoek.draagvlakAantalSupporters = gegevens.draagvlakAantalSupporters();
        verzoek.uitvoeringsplan = Tekst.normaliseer(gegevens.uitvoeringsplan());
        verzoek.gevraagdBudget = euros(gegevens.gevraagdBudget());
        verzoek.gewensteStart = gegevens.gewensteStart();
        verzoek.looptijdMaanden = gegevens.looptijdMaanden();
        verzoek.beoordelingId = gegevens.beoordelingId();
        verzoek.initiatief = initiatief;
    }

    static void apply(BesluitRequest request, Uitdaagrechtverzoek verzoek) {
        verzoek.besluit = request.soort();
        verzoek.besluitMotivering = Tekst.normaliseer(request.motivering());
        verzoek.weigeringsgronden = verzoek.besluit == Besluitsoort.AFGEWEZEN
                ? Codes.samen(Weigeringsgrond.class, request.weigeringsgronden())
                : null;
    }

    static void apply(OvereenkomstRequest request, Uitdaagrechtverzoek verzoek) {
        verzoek.overeenkomstStart = request.start();
        verzoek.overeenkomstEind = request.eind();
        verzoek.overgedragenBudget = euros(request.overgedragenBudget());
        verzoek.motiveringHogerBudget = Tekst.normaliseer(request.motiveringHogerBudget());
        verzoek.afspraken = Tekst.normaliseer(request.afspraken());
        verzoek.evaluatiedatum = request.evaluatiedatum();
    }

    /** Money keeps two decimals, so 250 and 250.00 are stored and shown alike. */
    private static BigDecimal euros(BigDecimal bedrag) {
        return bedrag == null ? null : bedrag.setScale(2);
    }
}
