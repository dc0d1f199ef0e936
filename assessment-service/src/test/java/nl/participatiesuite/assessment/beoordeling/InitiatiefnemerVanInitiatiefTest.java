package nl.participatiesuite.assessment.beoordeling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.participatiesuite.assessment.engine.Initiatiefnemer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry's initiatiefnemer types onto the samenwerkingswijzer's two kinds (issue 13). */
class InitiatiefnemerVanInitiatiefTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "GEMEENTE,    GEMEENTE",
            "INWONER,     SAMENLEVING",
            "ONDERNEMER,  SAMENLEVING",
            "ORGANISATIE, SAMENLEVING",
            // A type the registry's contract does not list yet: not guessed, the beoordeling asks for it.
            "VERENIGING,  -",
            "-,           -"})
    void initiatiefnemerVanHetInitiatief(String registryType, Initiatiefnemer verwacht) {
        assertEquals(verwacht, InitiatiefnemerVanInitiatief.van(registryType));
    }
}
