package nl.participatiesuite.assessment.checklist;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.TreeMap;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.assessment.beoordeling.Beoordeling;
import nl.participatiesuite.assessment.common.JsonKolommen;

/** Request to entity: the team's answers merged into those stored with the beoordeling. */
final class ChecklistMapper {

    private static final TypeReference<TreeMap<String, String>> ANTWOORDEN = new TypeReference<>() {
    };

    private ChecklistMapper() {
    }

    /** An answer that is null or blank (Unicode-aware) erases the team's answer; the others are stored normalised. */
    static void apply(ChecklistWijziging wijziging, Beoordeling beoordeling, JsonKolommen json) {
        TreeMap<String, String> antwoorden = antwoorden(beoordeling, json);
        wijziging.antwoorden().forEach((sleutel, antwoord) -> {
            String tekst = Tekst.normaliseer(antwoord);
            if (tekst == null) {
                antwoorden.remove(sleutel);
            } else {
                antwoorden.put(sleutel, tekst);
            }
        });
        beoordeling.checklistAntwoorden = json.schrijf(antwoorden);
    }

    static TreeMap<String, String> antwoorden(Beoordeling beoordeling, JsonKolommen json) {
        return json.lees(beoordeling.checklistAntwoorden, ANTWOORDEN);
    }
}
