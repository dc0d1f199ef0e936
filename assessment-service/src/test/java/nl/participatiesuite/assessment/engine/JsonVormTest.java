package nl.participatiesuite.assessment.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * De records zijn het JSON-model van de REST-laag: Jackson moet ze zonder annotaties schrijven en lezen, en
 * afgeleide methoden mogen niet als extra velden in de JSON belanden.
 */
class JsonVormTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static List<String> velden(JsonNode node) {
        List<String> namen = new ArrayList<>();
        node.fieldNames().forEachRemaining(namen::add);
        return namen;
    }

    @Test
    void uitkomstGaatHeenEnTerugAlsJson() throws Exception {
        Uitkomst uitkomst = Beoordeling.ENGINE.beoordeel(SeedVoorbeeldTest.SPORTVELDJES, Regelset.standaard(),
                SeedVoorbeeldTest.MAURIK, WerkvormEffectiviteit.van(
                        Map.of("Workshop", new WerkvormScore(new BigDecimal("4.25"), 8))));

        String tekst = JSON.writeValueAsString(uitkomst);
        JsonNode boom = JSON.readTree(tekst);

        assertEquals(List.of("regelsetVersie", "stap1", "stap2", "stap3", "stap4", "rolGemeente",
                "overheidsparticipatie", "startnotitie", "aanspreekpunt", "valkuilen", "verplichteParticipatie"),
                velden(boom));
        assertEquals(List.of("uitgevoerd", "hinder", "score", "intensiteit", "samenwerkingsplanAdvies", "bredereGroep",
                "onderbouwing"), velden(boom.get("stap2")));
        assertEquals("MIDDEL", boom.get("stap2").get("intensiteit").asText());
        assertEquals("HINDER", boom.get("stap2").get("onderbouwing").get(0).get("code").asText());
        assertEquals(4.25, boom.get("stap4").get("werkvormen").get(0).get("gemiddeldeWaardering").asDouble());
        assertEquals(uitkomst, JSON.readValue(tekst, Uitkomst.class));
    }

    @Test
    void invoerGaatHeenEnTerugAlsJson() throws Exception {
        String tekst = JSON.writeValueAsString(SeedVoorbeeldTest.SPORTVELDJES);

        assertEquals(SeedVoorbeeldTest.SPORTVELDJES, JSON.readValue(tekst, BeoordelingInvoer.class));
        assertEquals(3, JSON.readTree(tekst).get("hinderNa").get("OVERLAST").asInt());
    }

    @Test
    void regelsetGaatHeenEnTerugAlsJson() throws Exception {
        String tekst = JSON.writeValueAsString(Regelset.standaard());
        Regelset gelezen = JSON.readValue(tekst, Regelset.class);

        assertEquals(Regelset.standaard(), gelezen);
        assertEquals(List.of(), gelezen.valideer());
        assertEquals("Huis-aan-huisbladen",
                JSON.readTree(tekst).get("werkvormen").get("MEEWETEN").get("GEBIED_REGIO").get(3).asText());
    }

    @Test
    void ontbrekendeVeldenInGepubliceerdeRegelsetWordenOvertredingen() throws Exception {
        Regelset gelezen = JSON.readValue("{\"versie\":\"buren-1\",\"intensiteit\":{\"lichtTotEnMet\":2}}",
                Regelset.class);

        List<String> overtredingen = Beoordeling.namenEnCodes(gelezen.valideer());
        assertEquals("intensiteit.zwaarVanaf:required", overtredingen.get(0));
        assertEquals("samenwerkingsplan:required", overtredingen.get(1));
    }
}
