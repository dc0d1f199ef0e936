package nl.participatiesuite.assessment.beoordeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Uitkomst;
import nl.participatiesuite.assessment.engine.VerplichteParticipatieUitkomst;

/**
 * The stored shape of an outcome (the jsonb column {@code beoordeling.uitkomst}): the engine's {@link Uitkomst}
 * plus {@code schemaVersie}, the version of that shape. A stored outcome outlives the code that wrote it, so
 * every shape ever written must still read: a row without {@code schemaVersie} predates the field and has shape
 * 1. When the shape changes, raise {@link #SCHEMA_VERSIE} and add the step that brings the previous shape up to
 * date in {@link #bijgewerkt}; the API shows the outcome itself, not the stored version.
 */
final class OpgeslagenUitkomst {

    /** The shape this code writes. */
    static final int SCHEMA_VERSIE = 2;

    static final String VELD = "schemaVersie";

    /** Rows written before the field existed. */
    private static final int ZONDER_VERSIE = 1;

    private OpgeslagenUitkomst() {
    }

    static String schrijf(Uitkomst uitkomst, JsonKolommen json) {
        ObjectNode opgeslagen = JsonNodeFactory.instance.objectNode().put(VELD, SCHEMA_VERSIE);
        opgeslagen.setAll((ObjectNode) json.boom(uitkomst));
        return json.schrijf(opgeslagen);
    }

    static Uitkomst lees(String opgeslagen, JsonKolommen json) {
        ObjectNode boom = json.lees(opgeslagen, ObjectNode.class);
        JsonNode veld = boom.remove(VELD);
        int versie = veld == null ? ZONDER_VERSIE : veld.intValue();
        return json.lees(bijgewerkt(boom, versie, json), Uitkomst.class);
    }

    /**
     * Brings a stored shape up to {@link #SCHEMA_VERSIE}. Shape 2 added {@code verplichteParticipatie} (domain.md §6):
     * an outcome computed before the rule existed named no designated case, so it was not mandatory.
     */
    private static ObjectNode bijgewerkt(ObjectNode boom, int versie, JsonKolommen json) {
        if (versie < 1 || versie > SCHEMA_VERSIE) {
            throw new IllegalStateException("Opgeslagen uitkomst met onbekende schemaVersie " + versie
                    + "; deze versie van de service kent 1 tot en met " + SCHEMA_VERSIE + ".");
        }
        if (versie < 2) {
            boom.set("verplichteParticipatie", json.boom(VerplichteParticipatieUitkomst.nietVerplicht()));
        }
        return boom;
    }
}
