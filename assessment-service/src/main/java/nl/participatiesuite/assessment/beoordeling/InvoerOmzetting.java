package nl.participatiesuite.assessment.beoordeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemMappers;
import nl.participatiesuite.assessment.common.Overtredingen;
import nl.participatiesuite.assessment.engine.Aspect;
import nl.participatiesuite.assessment.engine.Belanghebbende;
import nl.participatiesuite.assessment.engine.BeoordelingInvoer;
import nl.participatiesuite.assessment.engine.DoelSamenwerking;
import nl.participatiesuite.assessment.engine.Gevolgen;
import nl.participatiesuite.assessment.engine.Initiatiefnemer;
import nl.participatiesuite.assessment.engine.InvoerValidatie;
import nl.participatiesuite.assessment.engine.Niveau;
import nl.participatiesuite.assessment.engine.Ondersteuning;
import nl.participatiesuite.assessment.engine.Schaal;

/**
 * Turns a {@link BeoordelingRequest} into the engine's {@link BeoordelingInvoer} (free text normalised with
 * {@link Tekst#normaliseer}, so blank is absent) and collects every invalid
 * field on the way, in one list: the request's own limits (gemeente, lengths), ids that are no UUID, choices
 * the domain does not know, and then the engine's {@link InvoerValidatie}. A field already reported (an unknown
 * choice becomes an empty one) is not reported twice.
 */
@ApplicationScoped
public class InvoerOmzetting {

    private final Validator validator;

    InvoerOmzetting(Validator validator) {
        this.validator = validator;
    }

    public Omgezet zetOm(BeoordelingRequest request) {
        List<Problem.InvalidParam> problemen = new ArrayList<>(ProblemMappers.invalidParams(validator.validate(request)));
        UUID initiatiefId = uuid("initiatiefId", request.initiatiefId(), problemen);
        UUID kernId = uuid("kernId", request.kernId(), problemen);
        BeoordelingInvoer invoer = new BeoordelingInvoer(
                Tekst.normaliseer(request.doel()),
                Tekst.normaliseer(request.activiteit()),
                keuze("initiatiefnemer", request.initiatiefnemer(), Initiatiefnemer.class, problemen),
                keuze("schaal", request.schaal(), Schaal.class, problemen),
                request.ruimte(),
                request.belangen(),
                request.tijd(),
                request.omvang(),
                request.maatschappelijkBelang(),
                request.maatschappelijkeBijdrage(),
                hinder("hinderTijdens", request.hinderTijdens(), problemen),
                hinder("hinderNa", request.hinderNa(), problemen),
                doelen(request.doelenSamenwerking(), problemen),
                belanghebbenden(request.belanghebbenden(), problemen),
                Tekst.normaliseer(request.kaders()),
                Tekst.normaliseer(request.gezamenlijkBelang()),
                request.gemeenteBijdrageNodig(),
                request.gemeenteMoetBeslissen(),
                keuze("ondersteuningGevraagd", request.ondersteuningGevraagd(), Ondersteuning.class, problemen),
                request.pastBijAmbities(),
                request.schuurtMetDoelen(),
                request.middelenBeschikbaar(),
                verplichteParticipatie(request.verplichteParticipatie()));
        Set<String> gemeld = new HashSet<>(problemen.stream().map(Problem.InvalidParam::name).toList());
        Overtredingen.alsInvalidParams(InvoerValidatie.valideer(invoer), "").stream()
                .filter(p -> !gemeld.contains(p.name()))
                .forEach(problemen::add);
        return new Omgezet(invoer, initiatiefId, kernId, problemen);
    }

    private static Map<Aspect, Integer> hinder(String veld, Map<String, Integer> bron, List<Problem.InvalidParam> problemen) {
        Map<Aspect, Integer> hinder = new EnumMap<>(Aspect.class);
        if (bron == null) {
            return hinder;
        }
        bron.forEach((sleutel, waarde) -> {
            Aspect aspect = keuze(veld + "." + sleutel, sleutel, Aspect.class, problemen);
            if (aspect != null) {
                hinder.put(aspect, waarde);
            }
        });
        return hinder;
    }

    private static Set<DoelSamenwerking> doelen(List<String> bron, List<Problem.InvalidParam> problemen) {
        Set<DoelSamenwerking> doelen = EnumSet.noneOf(DoelSamenwerking.class);
        if (bron == null) {
            return doelen;
        }
        for (int i = 0; i < bron.size(); i++) {
            String pad = "doelenSamenwerking[" + i + "]";
            if (bron.get(i) == null) {
                problemen.add(new Problem.InvalidParam(pad, InvalidParamCode.REQUIRED, "Dit veld is verplicht."));
                continue;
            }
            DoelSamenwerking doel = keuze(pad, bron.get(i), DoelSamenwerking.class, problemen);
            if (doel != null) {
                doelen.add(doel);
            }
        }
        return doelen;
    }

    private static List<Belanghebbende> belanghebbenden(List<BelanghebbendeRequest> bron, List<Problem.InvalidParam> problemen) {
        List<Belanghebbende> lijst = new ArrayList<>();
        if (bron == null) {
            return lijst;
        }
        for (int i = 0; i < bron.size(); i++) {
            BelanghebbendeRequest b = bron.get(i);
            if (b == null) {
                // InvoerValidatie names the empty line.
                lijst.add(null);
                continue;
            }
            String pad = "belanghebbenden[" + i + "].";
            lijst.add(new Belanghebbende(Tekst.normaliseer(b.naam()), Tekst.normaliseer(b.belang()), b.weging(),
                    b.pastBijBelang(),
                    keuze(pad + "gevolgen", b.gevolgen(), Gevolgen.class, problemen),
                    keuze(pad + "gewensteInbreng", b.gewensteInbreng(), Niveau.class, problemen)));
        }
        return lijst;
    }

    static UUID uuid(String veld, String waarde, List<Problem.InvalidParam> problemen) {
        String tekst = Tekst.normaliseer(waarde);
        if (tekst == null) {
            return null;
        }
        try {
            return UUID.fromString(tekst);
        } catch (IllegalArgumentException e) {
            problemen.add(new Problem.InvalidParam(veld, InvalidParamCode.FORMAT, veld + " is geen geldige UUID."));
            return null;
        }
    }

    /** An empty value is "not answered" (InvoerValidatie decides if that is allowed); anything else must be known. */
    private static <E extends Enum<E>> E keuze(String veld, String waarde, Class<E> type, List<Problem.InvalidParam> problemen) {
        if (waarde == null) {
            return null;
        }
        for (E constante : type.getEnumConstants()) {
            if (constante.name().equals(waarde)) {
                return constante;
            }
        }
        problemen.add(new Problem.InvalidParam(veld, InvalidParamCode.ENUM,
                "Onbekende waarde; kies uit " + OneOf.Values.of(type) + "."));
        return null;
    }

    /**
     * @param problemen every invalid field found so far; the registry's checks are added by the caller
     */
    public record Omgezet(BeoordelingInvoer invoer, UUID initiatiefId, UUID kernId, List<Problem.InvalidParam> problemen) {
        public Omgezet {
            problemen = List.copyOf(problemen);
        }
    }

    /** The codes as given, normalised; a blank code is reported by the request's own constraint. */
    private static List<String> verplichteParticipatie(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(Tekst::normaliseer).filter(java.util.Objects::nonNull).toList();
    }
}
