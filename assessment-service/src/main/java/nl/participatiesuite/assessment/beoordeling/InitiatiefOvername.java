package nl.participatiesuite.assessment.beoordeling;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.assessment.engine.Initiatiefnemer;
import nl.participatiesuite.assessment.peer.InitiatiefOpvraging;

/**
 * What a beoordeling for an initiatief takes from the registry when the request leaves it out (issue 13): doel,
 * activiteit, schaal and initiatiefnemer ({@link InitiatiefnemerVanInitiatief}); the kern is {@link KernBepaling}'s.
 * A value the request gives always wins: the beoordeling may describe the plan more precisely than the registry.
 * The values are taken before the answers are checked, so a taken value is checked like a given one and the stored
 * beoordeling shows what it was computed with.
 */
final class InitiatiefOvername {

    private InitiatiefOvername() {
    }

    /** The initiatief the request names, or empty when none or no UUID (which {@link InvoerOmzetting} reports). */
    static UUID initiatiefId(BeoordelingRequest request) {
        // Read as InvoerOmzetting reads it; a malformed id is reported there, with the other invalid fields.
        return InvoerOmzetting.uuid("initiatiefId", request.initiatiefId(), new ArrayList<>());
    }

    /** The fields the request leaves out that an initiatief fills, by their name in the request. */
    static List<String> ontbrekend(BeoordelingRequest request) {
        List<String> velden = new ArrayList<>();
        if (Tekst.normaliseer(request.doel()) == null) {
            velden.add("doel");
        }
        if (Tekst.normaliseer(request.activiteit()) == null) {
            velden.add("activiteit");
        }
        if (request.initiatiefnemer() == null) {
            velden.add("initiatiefnemer");
        }
        if (request.schaal() == null) {
            velden.add("schaal");
        }
        return velden;
    }

    /** The request with what it leaves out taken from the initiatief. */
    static BeoordelingRequest aangevuld(BeoordelingRequest request, InitiatiefOpvraging.Gevonden initiatief) {
        Initiatiefnemer initiatiefnemer = InitiatiefnemerVanInitiatief.van(initiatief.initiatiefnemerType());
        return request.metOmschrijving(
                Tekst.normaliseer(request.doel()) != null ? request.doel() : initiatief.doel(),
                Tekst.normaliseer(request.activiteit()) != null ? request.activiteit() : initiatief.activiteit(),
                request.initiatiefnemer() != null || initiatiefnemer == null
                        ? request.initiatiefnemer() : initiatiefnemer.name(),
                request.schaal() != null ? request.schaal() : initiatief.schaal());
    }
}
