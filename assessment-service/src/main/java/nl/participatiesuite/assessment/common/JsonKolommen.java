package nl.participatiesuite.assessment.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.SerializerFactoryConfig;
import com.fasterxml.jackson.databind.ser.BasicSerializerFactory;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.participatiesuite.apirules.security.PersoonsgegevensAfscherming;

/**
 * Reads and writes the jsonb columns (answers, outcomes, rule sets). Kept apart from Hibernate's JSON
 * mapping so that what is stored is the JSON the API shows, written by the application's mapper. A bean
 * (it needs that mapper): mappers and responses that read or write a column get it as an argument.
 *
 * <p>A column holds the whole record, personal fields included: hiding them is for answers, per caller
 * ({@link PersoonsgegevensAfscherming}), not for storage. So this is the application's mapper without that one
 * serializer modifier; everything else (modules, inclusion, mix-ins) is the same.
 */
@ApplicationScoped
public class JsonKolommen {

    private final ObjectMapper json;

    JsonKolommen(ObjectMapper json) {
        this.json = zonderAfscherming(json);
    }

    /** A copy of the mapper whose serializers leave no field out for the caller: the one modifier removed. */
    static ObjectMapper zonderAfscherming(ObjectMapper mapper) {
        ObjectMapper kopie = mapper.copy();
        if (!(kopie.getSerializerFactory() instanceof BasicSerializerFactory fabriek)) {
            throw new IllegalStateException("Onverwachte SerializerFactory " + kopie.getSerializerFactory().getClass());
        }
        SerializerFactoryConfig oud = fabriek.getFactoryConfig();
        SerializerFactoryConfig nieuw = new SerializerFactoryConfig();
        // Each with... puts its argument first, so the originals go in from last to first to keep their order.
        for (Serializers serializers : achterstevoren(oud.serializers())) {
            nieuw = nieuw.withAdditionalSerializers(serializers);
        }
        for (Serializers serializers : achterstevoren(oud.keySerializers())) {
            nieuw = nieuw.withAdditionalKeySerializers(serializers);
        }
        for (BeanSerializerModifier modifier : achterstevoren(oud.serializerModifiers())) {
            if (!modifier.getClass().getName().startsWith(PersoonsgegevensAfscherming.class.getName())) {
                nieuw = nieuw.withSerializerModifier(modifier);
            }
        }
        kopie.setSerializerFactory(fabriek.withConfig(nieuw));
        return kopie;
    }

    private static <T> List<T> achterstevoren(Iterable<T> items) {
        List<T> lijst = new ArrayList<>();
        items.forEach(lijst::add);
        Collections.reverse(lijst);
        return lijst;
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
