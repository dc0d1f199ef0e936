package nl.participatiesuite.assessment.beoordeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The leaves in which two JSON trees differ, each with its path ("stap3.belanghebbenden[1].niveau"). Objects
 * are compared per field (fields of the old tree first), arrays per position; a missing side is left out.
 */
final class JsonVerschil {

    private JsonVerschil() {
    }

    static List<Verschil> tussen(JsonNode oud, JsonNode nieuw) {
        List<Verschil> verschillen = new ArrayList<>();
        vergelijk("", waarde(oud), waarde(nieuw), verschillen);
        return verschillen;
    }

    private static void vergelijk(String pad, JsonNode oud, JsonNode nieuw, List<Verschil> verschillen) {
        if (oud.equals(nieuw)) {
            return;
        }
        if (oud.isObject() && nieuw.isObject()) {
            Set<String> velden = new LinkedHashSet<>();
            oud.fieldNames().forEachRemaining(velden::add);
            nieuw.fieldNames().forEachRemaining(velden::add);
            for (String veld : velden) {
                vergelijk(pad.isEmpty() ? veld : pad + "." + veld, waarde(oud.get(veld)), waarde(nieuw.get(veld)),
                        verschillen);
            }
        } else if (oud.isArray() && nieuw.isArray()) {
            int lengte = Math.max(oud.size(), nieuw.size());
            for (int i = 0; i < lengte; i++) {
                vergelijk(pad + "[" + i + "]", waarde(oud.get(i)), waarde(nieuw.get(i)), verschillen);
            }
        } else {
            verschillen.add(new Verschil(pad, aanwezig(oud), aanwezig(nieuw)));
        }
    }

    /** A side that is not there is left out of the answer (the suite's convention), not sent as null. */
    private static JsonNode aanwezig(JsonNode node) {
        return node.isNull() ? null : node;
    }

    private static JsonNode waarde(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }
}
