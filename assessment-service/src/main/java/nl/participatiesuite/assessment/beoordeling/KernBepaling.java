package nl.participatiesuite.assessment.beoordeling;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.assessment.engine.Aanspreekpunt;
import nl.participatiesuite.assessment.peer.Gecached;
import nl.participatiesuite.assessment.peer.InitiatiefOpvraging;
import nl.participatiesuite.assessment.peer.KernOpvraging;
import nl.participatiesuite.assessment.peer.KernambtenarenOpvraging;
import nl.participatiesuite.assessment.peer.KernregisterCache;

/**
 * Which kern a plan belongs to and who its kernambtenaren are (the aanspreekpunt, domain.md §2), from the registry:
 * the initiatief is asked with the caller's token (by {@link BeoordelingBerekening}, once per request, because it also
 * gives the plan's description), the kern and its kernambtenaren are read from the {@link KernregisterCache} (no call
 * to the registry, except the first ever for that kern). An id the registry does not know is invalid input, named by
 * its field; a registry that does not answer makes only the aanspreekpunt unavailable, never the beoordeling (unless
 * the request left out what the initiatief had to give, see {@link InitiatiefOvername}), and what was learned before it
 * stopped answering (the kern) is kept.
 *
 * <p>The kernambtenaren's names, e-mail addresses and phone numbers are personal data of the kern's gemeente
 * (domain.md §4). They are read only when this caller may see them (a raadpleger or higher of that gemeente);
 * anyone else (a citizen's live form without a token, another gemeente) gets the kern and the way through the
 * gemeente ({@link Aanspreekpunt.ViaGemeente}).
 */
@ApplicationScoped
class KernBepaling {

    private final KernregisterCache kernregister;
    private final Beller beller;

    KernBepaling(KernregisterCache kernregister, Beller beller) {
        this.kernregister = kernregister;
        this.beller = beller;
    }

    /**
     * @param initiatief the registry's answer for initiatiefId, asked once by the caller (who also takes the plan's
     *                   description from it); null when no initiatief is named
     * @param kernId     the kern the plan names; when empty and an initiatief is named, the initiatief's first kern
     */
    Bepaald bepaal(String gemeente, UUID initiatiefId, InitiatiefOpvraging initiatief, UUID kernId) {
        if (initiatiefId == null && kernId == null) {
            return new Bepaald(Aanspreekpunt.geenKern(), null, List.of(), null);
        }
        return new Zoektocht(gemeente, kernId).zoek(initiatiefId, initiatief);
    }

    /**
     * @param kernId       the kern the outcome is about (given, or the initiatief's first), or empty
     * @param problemen    unknown or mismatching ids, to report together with the other invalid fields
     * @param kernGegevens how fresh the kern and kernambtenaren from the cache were; null when none were read
     */
    record Bepaald(Aanspreekpunt aanspreekpunt, UUID kernId, List<Problem.InvalidParam> problemen,
            ActualiteitResponse kernGegevens) {
        Bepaald {
            problemen = List.copyOf(problemen);
        }
    }

    /** One lookup: the initiatief (if named), then its kern, then the kern's kernambtenaren. */
    private final class Zoektocht {

        private final String gemeente;
        private final boolean kernGenoemd;
        private final List<Problem.InvalidParam> problemen = new ArrayList<>();
        private UUID kernId;
        private Gecached<?> versheid;

        Zoektocht(String gemeente, UUID kernId) {
            this.gemeente = gemeente;
            this.kernId = kernId;
            this.kernGenoemd = kernId != null;
        }

        Bepaald zoek(UUID initiatiefId, InitiatiefOpvraging initiatief) {
            if (initiatiefId != null) {
                if (initiatief instanceof InitiatiefOpvraging.Gevonden gevonden) {
                    controleer(gevonden);
                    if (kernId == null && !gevonden.kernIds().isEmpty()) {
                        kernId = gevonden.kernIds().get(0);
                    }
                } else if (initiatief instanceof InitiatiefOpvraging.Onbekend) {
                    problemen.add(new Problem.InvalidParam("initiatiefId", InvalidParamCode.UNKNOWN,
                            "Het register kent geen initiatief " + initiatiefId + "."));
                } else {
                    return onbereikbaar(null);
                }
            }
            if (kernId == null) {
                return uitslag(Aanspreekpunt.geenKern());
            }
            Gecached<KernOpvraging> gecached = kernregister.kern(kernId);
            versheid = gecached;
            KernOpvraging kern = gecached.waarde();
            if (kern instanceof KernOpvraging.Gevonden gevonden) {
                return metKern(gevonden);
            }
            if (kern instanceof KernOpvraging.Onbekend) {
                if (kernGenoemd) {
                    problemen.add(new Problem.InvalidParam("kernId", InvalidParamCode.UNKNOWN,
                            "Het register kent geen kern " + kernId + "."));
                    return uitslag(Aanspreekpunt.geenKern());
                }
                // A kern taken from the initiatief that the registry no longer knows is the registry's
                // inconsistency, not the caller's mistake: the plan then has no kern to name.
                kernId = null;
                return uitslag(Aanspreekpunt.geenKern());
            }
            return onbereikbaar(null);
        }

        private Bepaald metKern(KernOpvraging.Gevonden kern) {
            if (kernGenoemd && gemeente != null && kern.gemeente() != null && !gemeente.equals(kern.gemeente())) {
                problemen.add(new Problem.InvalidParam("kernId", InvalidParamCode.OTHER_GEMEENTE,
                        "Kern " + kern.naam() + " hoort niet bij gemeente " + gemeente + "."));
            }
            if (!problemen.isEmpty()) {
                return uitslag(Aanspreekpunt.geenKern());
            }
            String gemeenteVanKern = kern.gemeente() != null ? kern.gemeente() : gemeente;
            if (!beller.magPersoonsgegevensZien(gemeenteVanKern)) {
                return uitslag(Aanspreekpunt.viaGemeente(kern.naam()));
            }
            Gecached<KernambtenarenOpvraging> gecached = kernregister.kernambtenaren(gemeenteVanKern, kernId);
            versheid = gecached.samenMet(versheid);
            KernambtenarenOpvraging kernambtenaren = gecached.waarde();
            if (kernambtenaren instanceof KernambtenarenOpvraging.Gevonden gevonden) {
                return uitslag(Aanspreekpunt.bekend(kern.naam(), gevonden.kernambtenaren()));
            }
            return onbereikbaar(kern.naam());
        }

        private void controleer(InitiatiefOpvraging.Gevonden initiatief) {
            if (gemeente != null && initiatief.gemeente() != null && !gemeente.equals(initiatief.gemeente())) {
                problemen.add(new Problem.InvalidParam("initiatiefId", InvalidParamCode.OTHER_GEMEENTE,
                        "Initiatief " + initiatief.id() + " hoort niet bij gemeente " + gemeente + "."));
            }
            if (kernGenoemd && !initiatief.kernIds().isEmpty() && !initiatief.kernIds().contains(kernId)) {
                problemen.add(new Problem.InvalidParam("kernId", InvalidParamCode.INCONSISTENT,
                        "Kern " + kernId + " is geen kern van initiatief " + initiatief.id() + "."));
            }
        }

        /** The registry stopped answering: the outcome lacks the aanspreekpunt, the kern found so far stays. */
        private Bepaald onbereikbaar(String kernNaam) {
            return uitslag(Aanspreekpunt.registerOnbereikbaar(kernNaam));
        }

        private Bepaald uitslag(Aanspreekpunt aanspreekpunt) {
            return new Bepaald(aanspreekpunt, kernId, problemen,
                    versheid == null ? null : new ActualiteitResponse(versheid.status(), versheid.bijgewerktOp()));
        }
    }
}
