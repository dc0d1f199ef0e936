package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** domain.md §1 signaleringsgroep / whatsapp-coördinator: yearly volunteer allowance equal to a signaleringsgroep's. */
class VrijwilligersvergoedingTest {

    @ParameterizedTest(name = "{0} krijgt {1} als de signaleringsgroep {1} krijgt")
    @CsvSource({
            "SIGNALERINGSGROEP, 250.00",
            "WHATSAPP_COORDINATOR, 250.00",
            "WHATSAPP_COORDINATOR, 0.00",
            "WHATSAPP_COORDINATOR, 312.45"})
    void whatsappCoordinatorKrijgtPreciesHetBedragVanEenSignaleringsgroep(Soort soort, String bedrag) {
        Vrijwilligersvergoeding.Toekenning toekenning = Vrijwilligersvergoeding.voor(soort, 2024, new BigDecimal(bedrag));
        assertEquals(new BigDecimal(bedrag), toekenning.bedrag());
        assertTrue(toekenning.onderbouwing().contains("2024"), toekenning.onderbouwing());
    }

    @ParameterizedTest
    @EnumSource(Soort.class)
    void zonderVastgesteldBedragGeenVergoedingEnZekerGeenNul(Soort soort) {
        assertThrows(IllegalArgumentException.class, () -> Vrijwilligersvergoeding.voor(soort, 2024, null));
    }
}
