package nl.participatiesuite.apirules.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The roles of domain.md §4, each including the ones below it: a beheerder may do what a medewerker may,
 * a medewerker what a raadpleger may. Use the constants in {@code @RolesAllowed}; anonymous access is
 * {@code @PermitAll}. An endpoint with neither is refused (quarkus.security.jaxrs.deny-unannotated-endpoints).
 *
 * <p>{@link #SYSTEEM} stands apart: the suite's own services (client credentials, no gemeente) reading for their
 * caches. It implies none of the gemeente roles and none implies it; a service account reads as a raadpleger of every
 * gemeente ({@link #toegekend}, {@link Beller#isSysteem()}) and writes nothing.
 */
public final class Rollen {

    public static final String RAADPLEGER = "raadpleger";
    public static final String MEDEWERKER = "medewerker";
    public static final String BEHEERDER = "beheerder";
    /** A suite service account: one of the suite's own services, acting for no gemeente. */
    public static final String SYSTEEM = "systeem";

    /** Lowest first: every role implies the ones before it. */
    static final List<String> OPLOPEND = List.of(RAADPLEGER, MEDEWERKER, BEHEERDER);

    private Rollen() {
    }

    /** The suite's roles a token's roles amount to, the implied ones included; other roles are ignored. */
    public static Set<String> metIngeslotenRollen(Set<String> rollenUitToken) {
        Set<String> rollen = new LinkedHashSet<>();
        for (int i = OPLOPEND.size() - 1; i >= 0; i--) {
            if (rollenUitToken.contains(OPLOPEND.get(i)) || !rollen.isEmpty()) {
                rollen.add(OPLOPEND.get(i));
            }
        }
        return rollen;
    }

    /**
     * The roles a verified token gets in the suite: its gemeente roles with the ones they include, and for a suite
     * service account (systeem, no gemeente) {@link #RAADPLEGER}, so the reads its service needs are open to it by
     * role while {@link Beller} opens every gemeente to it for reading only. Systeem with a gemeente adds nothing.
     */
    public static Set<String> toegekend(Set<String> rollenUitToken, boolean noemtGemeente) {
        Set<String> rollen = metIngeslotenRollen(rollenUitToken);
        if (rollenUitToken.contains(SYSTEEM) && !noemtGemeente) {
            rollen.add(RAADPLEGER);
            rollen.add(SYSTEEM);
        }
        return rollen;
    }
}
