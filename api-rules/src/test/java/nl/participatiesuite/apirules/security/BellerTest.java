package nl.participatiesuite.apirules.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.participatiesuite.apirules.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule of domain.md §4 for the suite's own services: a service account (systeem, no gemeente) reads every gemeente,
 * personal fields included, and writes in none; systeem in a token that names a gemeente changes nothing.
 */
class BellerTest {

    private static final String EIGEN = "GM0214";
    private static final String ANDERE = "GM0216";

    /** A caller as TokenRollen makes it: the token's roles, the ones they amount to, and the gemeente claim. */
    private static Beller beller(String gemeente, String... rollenUitToken) {
        Set<String> rollen = Set.of(rollenUitToken);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("test")).addRoles(rollen)
                .addRoles(Rollen.toegekend(rollen, gemeente != null));
        if (gemeente != null) {
            identity.addAttribute(Beller.GEMEENTE, gemeente);
        }
        Beller beller = new Beller();
        beller.identity = identity.build();
        return beller;
    }

    static Stream<Arguments> lezen() {
        return Stream.of(
                Arguments.of("dienstaccount", beller(null, "systeem"), EIGEN, true),
                Arguments.of("dienstaccount", beller(null, "systeem"), ANDERE, true),
                Arguments.of("raadpleger", beller(EIGEN, "raadpleger"), EIGEN, true),
                Arguments.of("raadpleger", beller(EIGEN, "raadpleger"), ANDERE, false),
                Arguments.of("systeem met gemeente", beller(EIGEN, "systeem"), ANDERE, false),
                Arguments.of("beheerder zonder gemeente", beller(null, "beheerder"), EIGEN, false));
    }

    @ParameterizedTest(name = "{0} leest {2}: {3}")
    @MethodSource("lezen")
    void aServiceAccountReadsEveryGemeenteIncludingPersonalFields(String wie, Beller beller, String gemeente,
            boolean mag) {
        assertEquals(mag, beller.magLezen(gemeente));
        assertEquals(mag, beller.magPersoonsgegevensZien(gemeente));
        if (mag) {
            beller.controleerLezen(gemeente);
            assertEquals(gemeente, beller.eigenGemeente(gemeente));
        } else {
            assertThrows(ProblemException.class, () -> beller.controleerLezen(gemeente));
            assertThrows(ProblemException.class, () -> beller.eigenGemeente(gemeente));
        }
    }

    @Test
    void aServiceAccountWritesInNoGemeente() {
        Beller dienst = beller(null, "systeem");
        assertEquals(true, dienst.isSysteem());
        assertThrows(ProblemException.class, () -> dienst.controleerSchrijven(EIGEN));
        assertThrows(ProblemException.class, () -> dienst.controleerSchrijven(null));
        assertThrows(ProblemException.class, dienst::controleerSchrijvenNamensEenGemeente);
    }

    @Test
    void aServiceAccountNamesTheGemeenteOfAList() {
        assertThrows(ProblemException.class, () -> beller(null, "systeem").eigenGemeente(null));
    }

    @Test
    void systeemInATokenOfAGemeenteIsNoServiceAccount() {
        assertEquals(false, beller(EIGEN, "systeem", "medewerker").isSysteem());
        assertEquals(false, beller(null).isSysteem());
        // Its own gemeente only by the gemeente roles it has: systeem alone gives none (the role check refuses it).
        assertEquals(false, beller(EIGEN, "systeem").magLezen(EIGEN));
    }

    /**
     * Weergaven shows an answer kept for one caller to every caller of its zichtklasse: that is only safe when they
     * read the same of every gemeente, and it is only useful when callers who read the same share one class.
     */
    @Test
    void callersOfOneZichtklasseReadExactlyTheSame() {
        Beller anoniem = new Beller();
        anoniem.identity = QuarkusSecurityIdentity.builder().setAnonymous(true).build();
        List<Beller> bellers = List.of(anoniem, beller(null, "systeem"), beller(EIGEN, "raadpleger"),
                beller(EIGEN, "medewerker"), beller(EIGEN, "beheerder"), beller(ANDERE, "medewerker"),
                beller(EIGEN, "systeem"), beller(null, "beheerder"), beller(EIGEN));
        for (Beller een : bellers) {
            for (Beller ander : bellers) {
                boolean zelfdeLezen = Stream.of(EIGEN, ANDERE, "GM0200")
                        .allMatch(gemeente -> een.magLezen(gemeente) == ander.magLezen(gemeente));
                assertEquals(zelfdeLezen, een.zichtklasse().equals(ander.zichtklasse()),
                        een.zichtklasse() + " / " + ander.zichtklasse());
            }
        }
    }

    @Test
    void nothingIsReadWithoutAGemeente() {
        assertEquals(false, beller(null, "systeem").magLezen(null));
    }
}
