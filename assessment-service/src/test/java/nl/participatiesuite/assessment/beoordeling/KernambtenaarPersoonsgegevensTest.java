package nl.participatiesuite.assessment.beoordeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.apirules.test.ContractRequests;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Kernambtenaar;
import org.junit.jupiter.api.Test;

/**
 * The engine's Kernambtenaar is marked personal outside the engine (a Jackson mix-in and the contract's schema from
 * application.properties): the answers leave its fields out for whoever may not see them, the stored outcome keeps
 * them, and the mix-in and the contract name the same fields.
 */
@QuarkusTest
class KernambtenaarPersoonsgegevensTest {

    private static final Kernambtenaar GEHEIM =
            new Kernambtenaar(Persoonsgegevens.NAAM, Persoonsgegevens.EMAIL, Persoonsgegevens.TELEFOON);

    @Inject
    ObjectMapper antwoorden;

    @Inject
    JsonKolommen kolommen;

    @Test
    void eenAntwoordZonderGemeenteLaatDeVeldenWeg() throws IOException {
        // No request of anyone who may see them: the answer's mapper leaves all three out.
        assertEquals("{}", antwoorden.writeValueAsString(GEHEIM));
    }

    @Test
    void deOpslagHoudtZeAlle3() {
        String opgeslagen = kolommen.schrijf(GEHEIM);
        for (String waarde : Persoonsgegevens.ALLE) {
            assertTrue(opgeslagen.contains(waarde), opgeslagen);
        }
        assertEquals(GEHEIM, kolommen.lees(opgeslagen, Kernambtenaar.class));
    }

    @Test
    void mixinEnContractNoemenDezelfdeVelden() throws IOException {
        Set<String> gemarkeerd = new TreeSet<>();
        for (var veld : KernambtenaarPersoonsgegevens.Gemarkeerd.class.getDeclaredFields()) {
            if (veld.isAnnotationPresent(Persoonsgegeven.class)) {
                gemarkeerd.add(veld.getName());
            }
        }
        Set<String> componenten = new TreeSet<>();
        for (var component : Kernambtenaar.class.getRecordComponents()) {
            componenten.add(component.getName());
        }
        assertEquals(componenten, gemarkeerd, "every component of the engine's Kernambtenaar is personal");

        JsonNode schema = new ObjectMapper(new YAMLFactory()).readTree(ContractRequests.CONTRACT.toFile())
                .path("components").path("schemas").path("KernambtenaarContact");
        Set<String> inContract = new TreeSet<>();
        List<String> verplicht = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(veld -> {
            if ("true".equals(veld.getValue().path(Persoonsgegeven.OPENAPI_KENMERK).asText())) {
                inContract.add(veld.getKey());
            }
        });
        schema.path("required").forEach(naam -> verplicht.add(naam.asText()));
        assertEquals(gemarkeerd, inContract);
        assertFalse(verplicht.stream().anyMatch(inContract::contains), "a personal field is never required: " + verplicht);
    }
}
