package nl.participatiesuite.apirules.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OntwikkeltokensNietInProductieTest {

    private static final String ONTWIKKEL = "http://127.0.0.1:8180/realms/" + OntwikkeltokensNietInProductie.ONTWIKKELREALM;
    private static final String GEMEENTE = "https://login.buren.nl/realms/participatie";

    @Test
    void developmentTokensAreRefusedInProduction() {
        assertThrows(IllegalStateException.class, () -> OntwikkeltokensNietInProductie.controleer(true, ONTWIKKEL));
    }

    @Test
    void theMunicipalProviderStartsInProductionAndDevelopmentTokensLocally() {
        assertDoesNotThrow(() -> OntwikkeltokensNietInProductie.controleer(true, GEMEENTE));
        assertDoesNotThrow(() -> OntwikkeltokensNietInProductie.controleer(false, ONTWIKKEL));
    }
}
