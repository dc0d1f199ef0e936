package nl.participatiesuite.assessment.engine.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.participatiesuite.assessment.engine.BeoordelingInvoer;
import nl.participatiesuite.assessment.engine.OngeldigeInvoerException;
import nl.participatiesuite.assessment.engine.Overtreding;
import nl.participatiesuite.assessment.engine.Uitkomst;

/**
 * Stelt de checklist van een beoordeling samen: de handreiking die bij de initiatiefnemer hoort, gevuld met
 * wat de berekende uitkomst al beantwoordt, en daaroverheen de antwoorden van het team. Een antwoord van het
 * team gaat voor een berekend antwoord (het team weet meer dan de formule); een leeg antwoord van het team
 * telt als "niet gegeven", zodat een formulier met lege velden geen vragen wist.
 */
public final class ChecklistInvuller {

    private ChecklistInvuller() {
    }

    /** De handreiking met alle vragen open. */
    public static Checklist leeg(Handreiking handreiking) {
        return samenstellen(handreiking, Map.of(), Map.of());
    }

    /** Overtredingen voor antwoorden op vragen die de handreiking niet kent, in alfabetische volgorde. */
    public static List<Overtreding> valideerAntwoorden(Handreiking handreiking, Map<String, String> antwoorden) {
        List<Overtreding> overtredingen = new ArrayList<>();
        if (antwoorden == null) {
            return overtredingen;
        }
        for (String sleutel : new TreeMap<>(zonderNullSleutel(antwoorden)).keySet()) {
            if (!HandreikingCatalogus.kent(handreiking, sleutel)) {
                overtredingen.add(new Overtreding("antwoorden." + sleutel, Overtreding.ONVERWACHT,
                        "De " + handreiking.titel().toLowerCase(Locale.ROOT) + " kent geen vraag met deze sleutel."));
            }
        }
        return List.copyOf(overtredingen);
    }

    /**
     * @param invoer     de invoer waaruit {@code uitkomst} berekend is
     * @param antwoorden antwoorden van het team per vraagsleutel; mag leeg of {@code null} zijn
     * @throws OngeldigeInvoerException als een sleutel geen vraag van de handreiking is
     */
    public static Checklist vul(BeoordelingInvoer invoer, Uitkomst uitkomst, Map<String, String> antwoorden) {
        Handreiking handreiking = Handreiking.voor(invoer.initiatiefnemer());
        List<Overtreding> overtredingen = valideerAntwoorden(handreiking, antwoorden);
        if (!overtredingen.isEmpty()) {
            throw new OngeldigeInvoerException(overtredingen);
        }
        return samenstellen(handreiking, BerekendeAntwoorden.van(invoer, uitkomst),
                antwoorden == null ? Map.of() : antwoorden);
    }

    private static Checklist samenstellen(Handreiking handreiking, Map<String, String> berekend,
                                          Map<String, String> gebruiker) {
        List<ChecklistStap> stappen = new ArrayList<>();
        for (HandreikingCatalogus.Stap stap : HandreikingCatalogus.stappen(handreiking)) {
            List<ChecklistVraag> vragen = new ArrayList<>();
            for (HandreikingCatalogus.Vraag definitie : stap.vragen()) {
                ChecklistVraag vraag = ChecklistVraag.open(definitie.sleutel(), definitie.tekst());
                String eigen = gebruiker.get(definitie.sleutel());
                if (eigen != null && !eigen.isBlank()) {
                    vraag = vraag.beantwoord(eigen.strip(), AntwoordBron.GEBRUIKER);
                } else if (berekend.containsKey(definitie.sleutel())) {
                    vraag = vraag.beantwoord(berekend.get(definitie.sleutel()), AntwoordBron.BEREKEND);
                }
                vragen.add(vraag);
            }
            stappen.add(new ChecklistStap(stap.nummer(), stap.titel(), vragen));
        }
        return new Checklist(handreiking, stappen);
    }

    private static Map<String, String> zonderNullSleutel(Map<String, String> antwoorden) {
        Map<String, String> schoon = new LinkedHashMap<>();
        antwoorden.forEach((sleutel, antwoord) -> {
            if (sleutel != null) {
                schoon.put(sleutel, antwoord);
            }
        });
        return schoon;
    }
}
