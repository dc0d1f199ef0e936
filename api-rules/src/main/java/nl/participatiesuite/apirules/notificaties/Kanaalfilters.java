package nl.participatiesuite.apirules.notificaties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The kanalen column of an abonnement: its own small mapper, as it holds nothing but names and ids. */
final class Kanaalfilters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Kanaalfilters() {
    }

    static List<Kanaalfilter> lees(String kolom) {
        try {
            return JSON.readValue(kolom, new TypeReference<List<Kanaalfilter>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Kanalen van een abonnement zijn geen geldige JSON", e);
        }
    }

    static String schrijf(List<Kanaalfilter> filters) {
        try {
            return JSON.writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
