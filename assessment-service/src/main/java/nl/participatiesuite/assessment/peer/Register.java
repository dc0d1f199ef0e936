package nl.participatiesuite.assessment.peer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.assessment.engine.Aanspreekpunt;
import nl.participatiesuite.assessment.engine.Kernambtenaar;
import org.jboss.logging.Logger;

/**
 * The registry as the samenwerkingswijzer sees it: which kern a plan belongs to and who its kernambtenaren
 * are (the aanspreekpunt, domain.md §2). An id the registry does not know is invalid input, named by its
 * field; a registry that does not answer makes only the aanspreekpunt unavailable, never the beoordeling.
 */
@ApplicationScoped
public class Register {

    private static final Logger LOG = Logger.getLogger(Register.class);

    private final PeerCalls peers;

    Register(PeerCalls peers) {
        this.peers = peers;
    }

    /**
     * @param kernId the kern the plan names; when empty and an initiatief is named, the initiatief's first kern
     */
    public KernOpzoeking zoek(String gemeente, UUID initiatiefId, UUID kernId) {
        if (initiatiefId == null && kernId == null) {
            return new KernOpzoeking(Aanspreekpunt.geenKern(), null, List.of());
        }
        Zoektocht zoektocht = new Zoektocht(gemeente, kernId);
        try {
            return zoektocht.zoek(initiatiefId);
        } catch (RuntimeException e) {
            // The class name only: a peer's message can echo request data.
            LOG.warnf("registry-service onbereikbaar; aanspreekpunt ontbreekt in de uitkomst (%s)",
                    e.getClass().getSimpleName());
            return new KernOpzoeking(Aanspreekpunt.registerOnbereikbaar(zoektocht.kernNaam), zoektocht.kernId,
                    zoektocht.problemen);
        }
    }

    /** One lookup; keeps what it learned so far, so an unreachable registry halfway still leaves the kern known. */
    private final class Zoektocht {

        private final String gemeente;
        private final boolean kernGenoemd;
        private final List<Problem.InvalidParam> problemen = new ArrayList<>();
        private UUID kernId;
        private String kernNaam;

        Zoektocht(String gemeente, UUID kernId) {
            this.gemeente = gemeente;
            this.kernId = kernId;
            this.kernGenoemd = kernId != null;
        }

        KernOpzoeking zoek(UUID initiatiefId) {
            if (initiatiefId != null) {
                Optional<RegistryInitiatief> initiatief = peers.initiatief(initiatiefId);
                if (initiatief.isEmpty()) {
                    problemen.add(new Problem.InvalidParam("initiatiefId", InvalidParamCode.UNKNOWN,
                            "Het register kent geen initiatief " + initiatiefId + "."));
                } else {
                    controleer(initiatief.get());
                    if (kernId == null && !initiatief.get().kernIds().isEmpty()) {
                        kernId = initiatief.get().kernIds().get(0);
                    }
                }
            }
            if (kernId == null) {
                return new KernOpzoeking(Aanspreekpunt.geenKern(), null, problemen);
            }
            Optional<RegistryKern> kern = peers.kern(kernId);
            if (kern.isEmpty()) {
                if (kernGenoemd) {
                    problemen.add(new Problem.InvalidParam("kernId", InvalidParamCode.UNKNOWN,
                            "Het register kent geen kern " + kernId + "."));
                    return new KernOpzoeking(Aanspreekpunt.geenKern(), kernId, problemen);
                }
                // A kern taken from the initiatief that the registry no longer knows is the registry's
                // inconsistency, not the caller's mistake: the plan then has no kern to name.
                return new KernOpzoeking(Aanspreekpunt.geenKern(), null, problemen);
            }
            kernNaam = kern.get().naam();
            if (kernGenoemd && gemeente != null && kern.get().gemeente() != null
                    && !gemeente.equals(kern.get().gemeente())) {
                problemen.add(new Problem.InvalidParam("kernId", InvalidParamCode.OTHER_GEMEENTE,
                        "Kern " + kernNaam + " hoort niet bij gemeente " + gemeente + "."));
            }
            if (!problemen.isEmpty()) {
                return new KernOpzoeking(Aanspreekpunt.geenKern(), kernId, problemen);
            }
            List<Kernambtenaar> kernambtenaren = peers.kernambtenaren(kernId).stream()
                    .map(a -> new Kernambtenaar(a.naam(), a.email(), a.telefoon()))
                    .toList();
            return new KernOpzoeking(Aanspreekpunt.bekend(kernNaam, kernambtenaren), kernId, problemen);
        }

        private void controleer(RegistryInitiatief initiatief) {
            if (gemeente != null && initiatief.gemeente() != null && !gemeente.equals(initiatief.gemeente())) {
                problemen.add(new Problem.InvalidParam("initiatiefId", InvalidParamCode.OTHER_GEMEENTE,
                        "Initiatief " + initiatief.id() + " hoort niet bij gemeente " + gemeente + "."));
            }
            if (kernGenoemd && !initiatief.kernIds().isEmpty() && !initiatief.kernIds().contains(kernId)) {
                problemen.add(new Problem.InvalidParam("kernId", "notInInitiatief",
                        "Kern " + kernId + " is geen kern van initiatief " + initiatief.id() + "."));
            }
        }
    }

    /**
     * @param kernId    the kern the outcome is about (given, or the initiatief's first), or empty
     * @param problemen unknown or mismatching ids, to report together with the other invalid fields
     */
    public record KernOpzoeking(Aanspreekpunt aanspreekpunt, UUID kernId, List<Problem.InvalidParam> problemen) {
        public KernOpzoeking {
            problemen = List.copyOf(problemen);
        }
    }
}
