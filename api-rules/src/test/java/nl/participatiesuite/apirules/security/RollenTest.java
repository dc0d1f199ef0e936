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
}
