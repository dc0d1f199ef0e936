package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** domain.md §1 "Initiatief lifecycle": every (van, naar) pair of the six states, allowed or refused. */
class InitiatiefLevenscyclusTest {

    /** van | naar | verwacht | the rule in domain.md that decides it. */
    private static final String TABEL = """
            INGEDIEND      | INGEDIEND      | REFUSED | no step to the same status
            INGEDIEND      | IN_BEHANDELING | ALLOWED | INGEDIEND → IN_BEHANDELING
            INGEDIEND      | LOPEND         | REFUSED | any other transition is refused
            INGEDIEND      | AFGEROND       | REFUSED | any other transition is refused
            INGEDIEND      | AFGEWEZEN      | ALLOWED | AFGEWEZEN from INGEDIEND
            INGEDIEND      | INGETROKKEN    | ALLOWED | INGETROKKEN from any non-final state
            IN_BEHANDELING | INGEDIEND      | REFUSED | any other transition is refused
            IN_BEHANDELING | IN_BEHANDELING | REFUSED | no step to the same status
            IN_BEHANDELING | LOPEND         | ALLOWED | IN_BEHANDELING → LOPEND
            IN_BEHANDELING | AFGEROND       | REFUSED | any other transition is refused
            IN_BEHANDELING | AFGEWEZEN      | ALLOWED | AFGEWEZEN from IN_BEHANDELING
            IN_BEHANDELING | INGETROKKEN    | ALLOWED | INGETROKKEN from any non-final state
            LOPEND         | INGEDIEND      | REFUSED | any other transition is refused
            LOPEND         | IN_BEHANDELING | REFUSED | any other transition is refused
            LOPEND         | LOPEND         | REFUSED | no step to the same status
            LOPEND         | AFGEROND       | ALLOWED | LOPEND → AFGEROND
            LOPEND         | AFGEWEZEN      | REFUSED | AFGEWEZEN only from INGEDIEND or IN_BEHANDELING
            LOPEND         | INGETROKKEN    | ALLOWED | INGETROKKEN from any non-final state
            AFGEROND       | INGEDIEND      | REFUSED | AFGEROND is final
            AFGEROND       | IN_BEHANDELING | REFUSED | AFGEROND is final
            AFGEROND       | LOPEND         | REFUSED | AFGEROND is final
            AFGEROND       | AFGEROND       | REFUSED | AFGEROND is final
            AFGEROND       | AFGEWEZEN      | REFUSED | AFGEROND is final
            AFGEROND       | INGETROKKEN    | REFUSED | INGETROKKEN not from a final state
            AFGEWEZEN      | INGEDIEND      | REFUSED | AFGEWEZEN is final
            AFGEWEZEN      | IN_BEHANDELING | REFUSED | AFGEWEZEN is final
            AFGEWEZEN      | LOPEND         | REFUSED | AFGEWEZEN is final
            AFGEWEZEN      | AFGEROND       | REFUSED | AFGEWEZEN is final
            AFGEWEZEN      | AFGEWEZEN      | REFUSED | AFGEWEZEN is final
            AFGEWEZEN      | INGETROKKEN    | REFUSED | INGETROKKEN not from a final state
            INGETROKKEN    | INGEDIEND      | REFUSED | INGETROKKEN is final
            INGETROKKEN    | IN_BEHANDELING | REFUSED | INGETROKKEN is final
            INGETROKKEN    | LOPEND         | REFUSED | INGETROKKEN is final
            INGETROKKEN    | AFGEROND       | REFUSED | INGETROKKEN is final
            INGETROKKEN    | AFGEWEZEN      | REFUSED | INGETROKKEN is final
            INGETROKKEN    | INGETROKKEN    | REFUSED | INGETROKKEN is final
            """;

    static Stream<Arguments> tabel() {
        return TABEL.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
            String[] cell = line.split("\\s*\\|\\s*");
            return Arguments.of(InitiatiefStatus.valueOf(cell[0]), InitiatiefStatus.valueOf(cell[1]), cell[2], cell[3]);
        });
    }

    @ParameterizedTest(name = "{0} → {1}: {2} ({3})")
    @MethodSource("tabel")
    void transitionIsAllowedOnlyAlongTheLifecycle(InitiatiefStatus van, InitiatiefStatus naar, String verwacht, String regel) {
        boolean toegestaan = verwacht.equals("ALLOWED");
        assertEquals(toegestaan, InitiatiefLevenscyclus.isToegestaan(van, naar), regel);
        if (toegestaan) {
            InitiatiefLevenscyclus.controleer(van, naar);
        } else {
            StatusovergangNietToegestaan refused =
                    assertThrows(StatusovergangNietToegestaan.class, () -> InitiatiefLevenscyclus.controleer(van, naar));
            assertEquals(van, refused.van());
            assertEquals(naar, refused.naar());
        }
    }

    @Test
    void theTableAboveCoversEveryPairOfStates() {
        // A new status must be added to the table, with a decision for every pair it forms.
        Set<String> alle = new HashSet<>();
        for (InitiatiefStatus van : InitiatiefStatus.values()) {
            for (InitiatiefStatus naar : InitiatiefStatus.values()) {
                alle.add(van + "→" + naar);
            }
        }
        List<String> inTabel = tabel().map(a -> a.get()[0] + "→" + a.get()[1]).toList();
        assertEquals(alle.size(), inTabel.size(), "every pair exactly once");
        assertEquals(alle, new HashSet<>(inTabel));
    }

    @Test
    void anInitiatiefStartsAsIngediend() {
        assertEquals(InitiatiefStatus.INGEDIEND, InitiatiefLevenscyclus.BEGINSTATUS);
    }

    @ParameterizedTest(name = "{0} is final")
    @EnumSource(value = InitiatiefStatus.class, names = {"AFGEROND", "AFGEWEZEN", "INGETROKKEN"})
    void finalStatesAreAfgerondAfgewezenAndIngetrokken(InitiatiefStatus status) {
        assertEquals(true, status.isFinaal());
    }

    @ParameterizedTest(name = "{0} is not final")
    @EnumSource(value = InitiatiefStatus.class, names = {"INGEDIEND", "IN_BEHANDELING", "LOPEND"})
    void otherStatesAreNotFinal(InitiatiefStatus status) {
        assertEquals(false, status.isFinaal());
    }

    @ParameterizedTest(name = "a reason is required for {0}: {1}")
    @CsvSource({"AFGEWEZEN, true", "INGEDIEND, false", "IN_BEHANDELING, false", "LOPEND, false", "AFGEROND, false",
            "INGETROKKEN, false"})
    void afwijzenNeedsAReason(InitiatiefStatus naar, boolean vereist) {
        assertEquals(vereist, InitiatiefLevenscyclus.vereistReden(naar));
    }
}
