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
        Boolean middelenBeschikbaar) {

    public BeoordelingInvoer {
        hinderTijdens = Kopie.enumMap(Aspect.class, hinderTijdens);
        hinderNa = Kopie.enumMap(Aspect.class, hinderNa);
        doelenSamenwerking = Kopie.enumSet(DoelSamenwerking.class, doelenSamenwerking);
        belanghebbenden = Kopie.lijst(belanghebbenden);
    }
}
