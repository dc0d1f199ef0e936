package nl.participatiesuite.apirules.problem;

import java.sql.SQLException;

/**
 * What the log says of an unexpected error: enough to find it (the exception classes, SQLSTATEs and where it was
 * thrown), never the values of the request. A database error's message repeats the row it refused ("Failing row
 * contains (…)", "Key (email)=(…)"), so where the chain holds one no message is logged at all.
 */
public final class Foutomschrijving {

    private static final int FRAMES = 8;

    private Foutomschrijving() {
    }

    public static String zonderWaarden(Throwable fout) {
        boolean database = false;
        for (Throwable t = fout; t != null; t = t.getCause()) {
            database |= t instanceof SQLException || t.getClass().getName().startsWith("org.hibernate.exception");
        }
        StringBuilder tekst = new StringBuilder();
        Throwable oorzaak = fout;
        for (Throwable t = fout; t != null; t = t.getCause()) {
            tekst.append(tekst.length() == 0 ? "" : " <- ").append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                tekst.append(" (SQLSTATE ").append(sql.getSQLState()).append(')');
            } else if (!database && t.getMessage() != null) {
                tekst.append(": ").append(t.getMessage());
            }
            oorzaak = t;
        }
        StackTraceElement[] frames = oorzaak.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            tekst.append("\n\tat ").append(frames[i]);
        }
        return tekst.toString();
    }
}
