package nl.participatiesuite.apirules.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FoutomschrijvingTest {

    @Test
    void aDatabaseErrorIsLoggedWithoutTheRowItRefused() {
        SQLException sql = new SQLException("ERROR: new row violates check constraint. Detail: Failing row contains"
                + " (1, p.geheimhouder@voorbeeld.nl, 0612345678)", "23514");
        String log = Foutomschrijving.zonderWaarden(new IllegalStateException("could not execute statement: "
                + sql.getMessage(), sql));
        assertFalse(log.contains("geheimhouder"), log);
        assertFalse(log.contains("0612345678"), log);
        assertTrue(log.contains("java.lang.IllegalStateException <- java.sql.SQLException (SQLSTATE 23514)"), log);
        assertTrue(log.contains("\tat "), "where it was thrown: " + log);
    }

    @Test
    void otherErrorsKeepTheirMessage() {
        String log = Foutomschrijving.zonderWaarden(new IllegalArgumentException("onbekende regelset-versie 7"));
        assertTrue(log.startsWith("java.lang.IllegalArgumentException: onbekende regelset-versie 7"), log);
    }
}
