package nl.participatiesuite.apirules.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule of domain.md §4: each role includes the ones below it; roles the suite does not know give nothing. */
class RollenTest {

    static Stream<Arguments> rollen() {
        return Stream.of(
                Arguments.of(Set.of(), Set.of()),
                Arguments.of(Set.of("raadpleger"), Set.of("raadpleger")),
                Arguments.of(Set.of("medewerker"), Set.of("raadpleger", "medewerker")),
                Arguments.of(Set.of("beheerder"), Set.of("raadpleger", "medewerker", "beheerder")),
                Arguments.of(Set.of("raadpleger", "beheerder"), Set.of("raadpleger", "medewerker", "beheerder")),
                Arguments.of(Set.of("admin", "offline_access"), Set.of()),
                Arguments.of(Set.of("Beheerder"), Set.of()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("rollen")
    void eachRoleIncludesTheRolesBelowIt(Set<String> uitToken, Set<String> verwacht) {
        assertEquals(verwacht, Rollen.metIngeslotenRollen(uitToken));
    }

    /** Systeem is outside the hierarchy: it implies no gemeente role, and no gemeente role implies it. */
    static Stream<Arguments> toegekend() {
        return Stream.of(
                // a suite service account: reads as a raadpleger (of every gemeente, see BellerTest)
                Arguments.of(Set.of("systeem"), false, Set.of("systeem", "raadpleger")),
                // systeem in a token that names a gemeente: that token acts for the gemeente, systeem adds nothing
                Arguments.of(Set.of("systeem"), true, Set.of()),
                Arguments.of(Set.of("systeem", "medewerker"), true, Set.of("raadpleger", "medewerker")),
                // the gemeente roles stay as they are; without a gemeente Beller refuses every write anyway
                Arguments.of(Set.of("systeem", "beheerder"), false, Set.of("systeem", "raadpleger", "medewerker", "beheerder")),
                Arguments.of(Set.of("beheerder"), false, Set.of("raadpleger", "medewerker", "beheerder")),
                Arguments.of(Set.of("beheerder"), true, Set.of("raadpleger", "medewerker", "beheerder")),
                Arguments.of(Set.of("Systeem"), false, Set.of()));
    }

    @ParameterizedTest(name = "{0}, gemeente genoemd {1} → {2}")
    @MethodSource("toegekend")
    void aServiceAccountReadsAsARaadplegerAndNothingMore(Set<String> uitToken, boolean noemtGemeente, Set<String> verwacht) {
        assertEquals(verwacht, Rollen.toegekend(uitToken, noemtGemeente));
    }
}
