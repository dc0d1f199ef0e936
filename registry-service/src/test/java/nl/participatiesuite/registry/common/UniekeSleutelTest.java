package nl.participatiesuite.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UniekeSleutelTest {

    @ParameterizedTest(name = "SQLState {0}: unieke sleutel geschonden = {1}")
    @CsvSource({"23505, true", "23503, false", "40001, false"})
    void herkentAlleenPostgresUniqueViolationOokDiepIngepakt(String sqlState, boolean geschonden) {
        PersistenceException fout = new PersistenceException("flush",
                new RuntimeException("jdbc", new SQLException("duplicate key", sqlState)));
        assertEquals(geschonden, UniekeSleutel.geschonden(fout));
    }
}
