package nl.participatiesuite.assessment.beoordeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.assessment.common.JsonKolommen;

/**
 * Erases the personal data a beoordeling holds (AVG art. 17, domain.md §4): the kernambtenaren in its outcome get
 * {@link Gewist#NAAM} and {@link Gewist#EMAIL}, their optional phone is emptied, and any text of the answers, the
 * outcome or the checklist that still carries one of their values (a sentence an older version of the outcome
 * wrote) has it replaced by {@link Gewist#TEKST}. The beoordeling, its levels and its audit trail stay. A column is
 * only rewritten when something in it changed, so a second erasure changes nothing (same version, no audit entry).
 */
final class BeoordelingWissing {

    private static final String KERNAMBTENAREN = "kernambtenaren";

    private BeoordelingWissing() {
    }

    /** @return whether anything was erased */
    static boolean wis(Beoordeling beoordeling, JsonKolommen json) {
        ObjectNode uitkomst = json.lees(beoordeling.uitkomst, ObjectNode.class);
        Set<String> waarden = new LinkedHashSet<>();
        boolean gewijzigd = wisKernambtenaren(uitkomst.path("aanspreekpunt").path(KERNAMBTENAREN), waarden);
        gewijzigd |= vervang(uitkomst, waarden);
        if (gewijzigd) {
            beoordeling.uitkomst = json.schrijf(uitkomst);
        }
        JsonNode invoer = json.lees(beoordeling.invoer, JsonNode.class);
        if (vervang(invoer, waarden)) {
            beoordeling.invoer = json.schrijf(invoer);
            gewijzigd = true;
        }
        JsonNode checklist = json.lees(beoordeling.checklistAntwoorden, JsonNode.class);
        if (vervang(checklist, waarden)) {
            beoordeling.checklistAntwoorden = json.schrijf(checklist);
            gewijzigd = true;
        }
        return gewijzigd;
    }

    /** Replaces the kernambtenaren's own fields and collects what they held, to find it elsewhere. */
    private static boolean wisKernambtenaren(JsonNode kernambtenaren, Set<String> waarden) {
        if (!(kernambtenaren instanceof ArrayNode lijst)) {
            return false;
        }
        boolean gewijzigd = false;
        for (JsonNode element : lijst) {
            if (element instanceof ObjectNode kernambtenaar) {
                gewijzigd |= markeer(kernambtenaar, "naam", Gewist.NAAM, waarden);
                gewijzigd |= markeer(kernambtenaar, "email", Gewist.EMAIL, waarden);
                gewijzigd |= markeer(kernambtenaar, "telefoon", null, waarden);
            }
        }
        return gewijzigd;
    }

    /** Puts the marker in the field (an optional one, {@code marker == null}, is emptied); false when already so. */
    private static boolean markeer(ObjectNode object, String veld, String marker, Set<String> waarden) {
        JsonNode waarde = object.get(veld);
        if (waarde == null || (marker != null && marker.equals(waarde.asText()))) {
            return false;
        }
        if (waarde.isTextual() && !waarde.asText().isBlank()) {
            waarden.add(waarde.asText());
        }
        if (marker == null) {
            object.remove(veld);
        } else {
            object.put(veld, marker);
        }
        return true;
    }

    /** Replaces every occurrence of the values in the texts of this tree; the markers themselves are left alone. */
    private static boolean vervang(JsonNode boom, Set<String> waarden) {
        if (waarden.isEmpty() || boom == null) {
            return false;
        }
        boolean gewijzigd = false;
        if (boom instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> velden = object.fields();
            while (velden.hasNext()) {
                Map.Entry<String, JsonNode> veld = velden.next();
                if (veld.getValue().isTextual()) {
                    String tekst = zonder(veld.getValue().asText(), waarden);
                    if (!tekst.equals(veld.getValue().asText())) {
                        veld.setValue(TextNode.valueOf(tekst));
                        gewijzigd = true;
                    }
                } else {
                    gewijzigd |= vervang(veld.getValue(), waarden);
                }
            }
        } else if (boom instanceof ArrayNode lijst) {
            for (int i = 0; i < lijst.size(); i++) {
                if (lijst.get(i).isTextual()) {
                    String tekst = zonder(lijst.get(i).asText(), waarden);
                    if (!tekst.equals(lijst.get(i).asText())) {
                        lijst.set(i, TextNode.valueOf(tekst));
                        gewijzigd = true;
                    }
                } else {
                    gewijzigd |= vervang(lijst.get(i), waarden);
                }
            }
        }
        return gewijzigd;
    }

    private static String zonder(String tekst, Set<String> waarden) {
        if (Gewist.isGewist(tekst)) {
            return tekst;
        }
        String uitkomst = tekst;
        for (String waarde : waarden) {
            uitkomst = uitkomst.replace(waarde, Gewist.TEKST);
        }
        return uitkomst;
    }
}
