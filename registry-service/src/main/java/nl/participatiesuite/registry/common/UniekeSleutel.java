package nl.participatiesuite.registry.common;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation, e.g. two clients creating the same year at once. */
public final class UniekeSleutel {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniekeSleutel() {
    }

    public static boolean geschonden(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
