package nl.participatiesuite.assessment.traject.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.junit.jupiter.api.Test;

/** Het traject is ook JSON-model: afgeleide methoden (huidigeFase, volledig) horen er niet in. */
class TrajectJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void trajectGaatHeenEnTerugAlsJson() throws Exception {
        Samenwerkingstraject traject = Samenwerkingstraject.nieuw()
                .naar(TrajectStap.AFBAKENING_TAAKVELDEN, null, "projectleider", Instant.parse("2024-03-01T09:00:00Z"))
                .collegeHeeftGerapporteerd(LocalDate.of(2024, 3, 4));

        String tekst = JSON.writeValueAsString(traject);
        JsonNode boom = JSON.readTree(tekst);
        List<String> velden = new ArrayList<>();
        boom.fieldNames().forEachRemaining(velden::add);

        assertEquals(List.of("huidigeStap", "terugkoppelingen", "geschiedenis"), velden);
        assertEquals(3, boom.get("terugkoppelingen").get(0).size());
        assertEquals("2024-03-01T09:00:00Z", boom.get("geschiedenis").get(0).get("tijdstip").asText());
        assertEquals(traject, JSON.readValue(tekst, Samenwerkingstraject.class));
    }
}
