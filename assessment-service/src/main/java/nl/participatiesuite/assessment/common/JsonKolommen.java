package nl.participatiesuite.assessment.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads and writes the jsonb columns (answers, outcomes, rule sets). Kept apart from Hibernate's JSON
 * mapping so that what is stored is the JSON the API shows, written by the application's mapper. A bean
 * (it needs that mapper): mappers and responses that read or write a column get it as an argument.
 */
@ApplicationScoped
public class JsonKolommen {

    private final ObjectMapper json;

    JsonKolommen(ObjectMapper json) {
        this.json = json;
    }

    public String schrijf(Object waarde) {
        try {
            return json.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Niet als JSON te schrijven: " + waarde.getClass().getSimpleName(), e);
        }
    }

    public <T> T lees(String tekst, Class<T> type) {
        try {
            return json.readValue(tekst, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen JSON niet te lezen als " + type.getSimpleName(), e);
        }
    }

    public <T> T lees(String tekst, TypeReference<T> type) {
        try {
            return json.readValue(tekst, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen JSON niet te lezen", e);
        }
    }

    public <T> T lees(JsonNode boom, Class<T> type) {
        try {
            return json.treeToValue(boom, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen JSON niet te lezen als " + type.getSimpleName(), e);
        }
    }

    public JsonNode boom(Object waarde) {
        return json.valueToTree(waarde);
    }
}
