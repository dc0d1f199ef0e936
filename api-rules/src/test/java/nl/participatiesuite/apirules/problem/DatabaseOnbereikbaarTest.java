package nl.participatiesuite.apirules.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which database failures are "temporarily unavailable" (503 with Retry-After) rather than a bug (500). */
class DatabaseOnbereikbaarTest {

    static Stream<Arguments> fouten() {
        return Stream.of(
                Arguments.of("connection refused (08001)", new SQLException("Connection refused", "08001"), true),
                Arguments.of("connection broken (08006)", new SQLException("I/O error", "08006"), true),
                Arguments.of("server shutting down (57P01)", new SQLException("terminating connection", "57P01"), true),
                Arguments.of("not accepting connections yet (57P03)", new SQLException("starting up", "57P03"), true),
                Arguments.of("pool acquisition timeout", new SQLException("Acquisition timeout while waiting for new"
                        + " connection", new TimeoutException()), true),
                Arguments.of("Hibernate's connection exception", new org.hibernate.exception.JDBCConnectionException(
                        "Unable to acquire JDBC Connection", new SQLException("x")), true),
                Arguments.of("unique violation (23505) is a conflict", new SQLException("duplicate", "23505"), false),
                Arguments.of("data exception (22001) is invalid input", new SQLException("too long", "22001"), false),
                Arguments.of("query cancelled (57014) is no outage", new SQLException("cancelled", "57014"), false),
                Arguments.of("no SQLSTATE and no timeout", new SQLException("something"), false),
                Arguments.of("not a database error", new IllegalStateException("bug"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fouten")
    void aDatabaseThatCannotBeReachedIsTemporarilyUnavailable(String fout, Throwable cause, boolean onbereikbaar) {
        assertEquals(onbereikbaar, ProblemMappers.databaseOnbereikbaar(cause));
    }

    @Test
    void theUnavailableAnswerIsProblemJsonThatSaysWhenToTryAgain() {
        Response response = Problems.response(Problems.of(ProblemMappers.DATABASE_ONBEREIKBAAR, "/api/v1/kernen"));
        assertEquals(503, response.getStatus());
        assertEquals(Problems.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(Problems.RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
    }
}
