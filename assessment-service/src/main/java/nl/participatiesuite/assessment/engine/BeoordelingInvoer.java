package nl.participatiesuite.assessment.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alle antwoorden van één beoordeling (domain.md §2 "Input"). Velden zijn object-typen zodat een
 * ontbrekend antwoord als {@code null} binnenkomt en {@link InvoerValidatie} het kan melden.
 * Ontbrekende verzamelingen worden leeg; een aspect dat niet in {@code hinderTijdens}/{@code hinderNa}
 * staat, telt als NIET (0).
 *
 * @param ondersteuningGevraagd alleen bij initiatiefnemer SAMENLEVING betekenisvol
 * @param verplichteParticipatie de codes van de door de raad aangewezen gevallen waaronder het plan valt (§6)
 */
public record BeoordelingInvoer(
        String doel,
        String activiteit,
        Initiatiefnemer initiatiefnemer,
        Schaal schaal,
        Boolean ruimte,
        Boolean belangen,
        Boolean tijd,
        Integer omvang,
        Integer maatschappelijkBelang,
        Integer maatschappelijkeBijdrage,
        Map<Aspect, Integer> hinderTijdens,
        Map<Aspect, Integer> hinderNa,
        Set<DoelSamenwerking> doelenSamenwerking,
        List<Belanghebbende> belanghebbenden,
        String kaders,
        String gezamenlijkBelang,
        Boolean gemeenteBijdrageNodig,
        Boolean gemeenteMoetBeslissen,
        Ondersteuning ondersteuningGevraagd,
        Boolean pastBijAmbities,
        Boolean schuurtMetDoelen,
        Boolean middelenBeschikbaar,
        List<String> verplichteParticipatie) {

    public BeoordelingInvoer {
        hinderTijdens = Kopie.enumMap(Aspect.class, hinderTijdens);
        hinderNa = Kopie.enumMap(Aspect.class, hinderNa);
        doelenSamenwerking = Kopie.enumSet(DoelSamenwerking.class, doelenSamenwerking);
        belanghebbenden = Kopie.lijst(belanghebbenden);
        // Antwoorden opgeslagen vóór deze vraag noemen geen geval.
        verplichteParticipatie = verplichteParticipatie == null ? List.of() : Kopie.lijst(verplichteParticipatie);
    }
}
