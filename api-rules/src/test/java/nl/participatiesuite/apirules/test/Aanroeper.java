package nl.participatiesuite.apirules.test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.participatiesuite.apirules.security.Rollen;

/**
 * Who a test request calls as: a person of a gemeente in one role, with a real signed token from the
 * {@link LocalIdentityProvider}, or anonymous. {@link ContractRequests#api()} calls as the beheerder of the
 * gemeente the test is working in ({@link #werkIn}); the security tests name every other kind explicitly.
 */
public record Aanroeper(String subject, String gemeente, String rol) {

    public static final Aanroeper ANONIEM = new Aanroeper(null, null, null);

    /** The demo gemeente; tests that make their own gemeente switch to it with {@link #werkIn}. */
    private static volatile String testGemeente = "GM0214";
    private static final Map<Aanroeper, String> TOKENS = new ConcurrentHashMap<>();

    /** From now on, {@code api()} calls as the beheerder of this gemeente. */
    public static void werkIn(String gemeente) {
        testGemeente = gemeente;
    }

    public static String testGemeente() {
        return testGemeente;
    }

    public static Aanroeper standaard() {
        return beheerder(testGemeente);
    }

    public static Aanroeper raadpleger(String gemeente) {
        return new Aanroeper("raadpleger-" + gemeente, gemeente, Rollen.RAADPLEGER);
    }

    public static Aanroeper medewerker(String gemeente) {
        return new Aanroeper("medewerker-" + gemeente, gemeente, Rollen.MEDEWERKER);
    }

    public static Aanroeper beheerder(String gemeente) {
        return new Aanroeper("beheerder-" + gemeente, gemeente, Rollen.BEHEERDER);
    }

    /** One of the suite's own services with its client-credentials token: role systeem, no gemeente. */
    public static Aanroeper dienst(String clientId) {
        return new Aanroeper("service-account-" + clientId, null, Rollen.SYSTEEM);
    }

    public boolean isAnoniem() {
        return subject == null;
    }

    /** A signed token, made once per caller (valid for 30 minutes: longer than any test run of a service). */
    public String token() {
        return TOKENS.computeIfAbsent(this, a -> Rollen.SYSTEEM.equals(a.rol)
                ? LocalIdentityProvider.voorTests().diensttoken(a.subject.substring("service-account-".length()))
                : LocalIdentityProvider.voorTests().token(a.subject, a.gemeente, a.rol));
    }

    @Override
    public String toString() {
        return isAnoniem() ? "anoniem" : gemeente == null ? rol + " " + subject : rol + " van " + gemeente;
    }
}
