package nl.participatiesuite.apirules.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The roles of domain.md §4, each including the ones below it: a beheerder may do what a medewerker may,
 * a medewerker what a raadpleger may. Use the constants in {@code @RolesAllowed}; anonymous access is
 * {@code @PermitAll}. An endpoint with neither is refused (quarkus.security.jaxrs.deny-unannotated-endpoints).
 */
public final class Rollen {

    public static final String RAADPLEGER = "raadpleger";
    public static final String MEDEWERKER = "medewerker";
    public static final String BEHEERDER = "beheerder";
    /** The suite's own services (a client-credentials token without a gemeente); not part of the ladder above. */
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
}
