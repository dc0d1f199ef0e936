package nl.participatiesuite.assessment.beoordeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Uitkomst;
import nl.participatiesuite.assessment.engine.VerplichteParticipatieUitkomst;

/**
 * The stored shape of an outcome (the jsonb column {@code beoordeling.uitkomst}): the engine's {@link Uitkomst}
 * plus {@code schemaVersie}, the version of that shape, and {@code werkvormEffectiviteit}, how fresh the werkvorm
 * effectiveness was that the outcome used (not the engine's: the engine knows no cache). A stored outcome outlives the code that wrote it, so
 * every shape ever written must still read: a row without {@code schemaVersie} predates the field and has shape
 * 1. When the shape changes, raise {@link #SCHEMA_VERSIE} and add the step that brings the previous shape up to
 * date in {@link #bijgewerkt}; the API shows the outcome itself, not the stored version.
 */
final class OpgeslagenUitkomst {

    /** The shape this code writes. */
    static final int SCHEMA_VERSIE = 3;

    static final String VELD = "schemaVersie";
    static final String WERKVORM_EFFECTIVITEIT = "werkvormEffectiviteit";
    static final String KERN_GEGEVENS = "kernGegevens";

    /** Rows written before the field existed. */
    private static final int ZONDER_VERSIE = 1;

    private OpgeslagenUitkomst() {
    }

    static String schrijf(Uitkomst uitkomst, ActualiteitResponse werkvormEffectiviteit, ActualiteitResponse kernGegevens,
            JsonKolommen json) {
        ObjectNode opgeslagen = JsonNodeFactory.instance.objectNode().put(VELD, SCHEMA_VERSIE);
        opgeslagen.setAll((ObjectNode) json.boom(uitkomst));
        opgeslagen.set(WERKVORM_EFFECTIVITEIT, json.boom(werkvormEffectiviteit));
        if (kernGegevens != null) {
            opgeslagen.set(KERN_GEGEVENS, json.boom(kernGegevens));
        }
        return json.schrijf(opgeslagen);
    }

    /** A stored outcome read in one pass: the outcome itself and how fresh the data was that it used. */
    record Gelezen(Uitkomst uitkomst, ActualiteitResponse werkvormEffectiviteit, ActualiteitResponse kernGegevens) {
    }

    /** The outcome alone, for the readers that need not know how fresh its data was. */
    static Uitkomst lees(String opgeslagen, JsonKolommen json) {
        return uitkomst(json.lees(opgeslagen, ObjectNode.class), json);
    }

    /**
     * Parses the column once (an outcome is some 10 kB of JSON and every GET of a beoordeling reads it) and takes
     * the outcome, werkvormEffectiviteit and kernGegevens from that one tree. The latter two are null for an outcome
     * stored before shape 3, which did not keep them, and kernGegevens also when the plan named no kern.
     */
    static Gelezen leesGeheel(String opgeslagen, JsonKolommen json) {
        ObjectNode boom = json.lees(opgeslagen, ObjectNode.class);
        ActualiteitResponse werkvormEffectiviteit = actualiteit(boom.get(WERKVORM_EFFECTIVITEIT), json);
        ActualiteitResponse kernGegevens = actualiteit(boom.get(KERN_GEGEVENS), json);
        return new Gelezen(uitkomst(boom, json), werkvormEffectiviteit, kernGegevens);
    }

    /** The engine's outcome from the stored tree: the fields beside it taken off, the shape brought up to date. */
    private static Uitkomst uitkomst(ObjectNode boom, JsonKolommen json) {
        JsonNode veld = boom.remove(VELD);
        boom.remove(WERKVORM_EFFECTIVITEIT);
        boom.remove(KERN_GEGEVENS);
        int versie = veld == null ? ZONDER_VERSIE : veld.intValue();
        return json.lees(bijgewerkt(boom, versie, json), Uitkomst.class);
    }

    private static ActualiteitResponse actualiteit(JsonNode veld, JsonKolommen json) {
        return veld == null || veld.isNull() ? null : json.lees(veld, ActualiteitResponse.class);
    }

    /**
     * Brings a stored shape up to {@link #SCHEMA_VERSIE}. Shape 2 added {@code verplichteParticipatie} (domain.md §6):
     * an outcome computed before the rule existed named no designated case, so it was not mandatory. Shape 3 added
     * {@code werkvormEffectiviteit} and {@code kernGegevens} beside the outcome ({@link #werkvormEffectiviteit},
     * {@link #kernGegevens}): an older outcome does not say how fresh they were, and the API leaves the fields out.
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
