package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** domain.md §5 "Lifecycle" of an uitdaagrechtverzoek: every (van, naar) pair of the nine states, allowed or refused. */
class UitdaagrechtLevenscyclusTest {

    /** van | naar | verwacht | the rule in domain.md §5 that decides it. */
    private static final String TABEL = """
            INGEDIEND             | INGEDIEND             | REFUSED | no step to the same status
            INGEDIEND             | IN_BEHANDELING        | ALLOWED | INGEDIEND → IN_BEHANDELING
            INGEDIEND             | TOEGEKEND             | REFUSED | any other transition is refused
            INGEDIEND             | AFGEWEZEN             | REFUSED | any other transition is refused
            INGEDIEND             | OVEREENKOMST_GESLOTEN | REFUSED | any other transition is refused
            INGEDIEND             | IN_UITVOERING         | REFUSED | any other transition is refused
            INGEDIEND             | AFGEROND              | REFUSED | any other transition is refused
            INGEDIEND             | INGETROKKEN           | ALLOWED | INGETROKKEN by the indiener from any non-final state
            INGEDIEND             | BUITEN_BEHANDELING    | ALLOWED | BUITEN_BEHANDELING before the besluit (Awb 4:5)
            IN_BEHANDELING        | INGEDIEND             | REFUSED | any other transition is refused
            IN_BEHANDELING        | IN_BEHANDELING        | REFUSED | no step to the same status
            IN_BEHANDELING        | TOEGEKEND             | ALLOWED | IN_BEHANDELING → TOEGEKEND
            IN_BEHANDELING        | AFGEWEZEN             | ALLOWED | IN_BEHANDELING → AFGEWEZEN
            IN_BEHANDELING        | OVEREENKOMST_GESLOTEN | REFUSED | any other transition is refused
            IN_BEHANDELING        | IN_UITVOERING         | REFUSED | any other transition is refused
            IN_BEHANDELING        | AFGEROND              | REFUSED | any other transition is refused
            IN_BEHANDELING        | INGETROKKEN           | ALLOWED | INGETROKKEN by the indiener from any non-final state
            IN_BEHANDELING        | BUITEN_BEHANDELING    | ALLOWED | BUITEN_BEHANDELING before the besluit (Awb 4:5)
            TOEGEKEND             | INGEDIEND             | REFUSED | any other transition is refused
            TOEGEKEND             | IN_BEHANDELING        | REFUSED | any other transition is refused
            TOEGEKEND             | TOEGEKEND             | REFUSED | no step to the same status
            TOEGEKEND             | AFGEWEZEN             | REFUSED | any other transition is refused
            TOEGEKEND             | OVEREENKOMST_GESLOTEN | ALLOWED | TOEGEKEND → OVEREENKOMST_GESLOTEN
            TOEGEKEND             | IN_UITVOERING         | REFUSED | any other transition is refused
            TOEGEKEND             | AFGEROND              | REFUSED | any other transition is refused
            TOEGEKEND             | INGETROKKEN           | ALLOWED | INGETROKKEN by the indiener from any non-final state
            TOEGEKEND             | BUITEN_BEHANDELING    | REFUSED | BUITEN_BEHANDELING only before the besluit
            AFGEWEZEN             | INGEDIEND             | REFUSED | AFGEWEZEN is final
            AFGEWEZEN             | IN_BEHANDELING        | REFUSED | AFGEWEZEN is final
            AFGEWEZEN             | TOEGEKEND             | REFUSED | AFGEWEZEN is final
            AFGEWEZEN             | AFGEWEZEN             | REFUSED | AFGEWEZEN is final
            AFGEWEZEN             | OVEREENKOMST_GESLOTEN | REFUSED | AFGEWEZEN is final
            AFGEWEZEN             | IN_UITVOERING         | REFUSED | AFGEWEZEN is final
            AFGEWEZEN             | AFGEROND              | REFUSED | AFGEWEZEN is final
            AFGEWEZEN             | INGETROKKEN           | REFUSED | AFGEWEZEN is final
            AFGEWEZEN             | BUITEN_BEHANDELING    | REFUSED | AFGEWEZEN is final
            OVEREENKOMST_GESLOTEN | INGEDIEND             | REFUSED | any other transition is refused
            OVEREENKOMST_GESLOTEN | IN_BEHANDELING        | REFUSED | any other transition is refused
            OVEREENKOMST_GESLOTEN | TOEGEKEND             | REFUSED | any other transition is refused
            OVEREENKOMST_GESLOTEN | AFGEWEZEN             | REFUSED | any other transition is refused
            OVEREENKOMST_GESLOTEN | OVEREENKOMST_GESLOTEN | REFUSED | no step to the same status
            OVEREENKOMST_GESLOTEN | IN_UITVOERING         | ALLOWED | OVEREENKOMST_GESLOTEN → IN_UITVOERING
            OVEREENKOMST_GESLOTEN | AFGEROND              | REFUSED | any other transition is refused
            OVEREENKOMST_GESLOTEN | INGETROKKEN           | ALLOWED | INGETROKKEN by the indiener from any non-final state
            OVEREENKOMST_GESLOTEN | BUITEN_BEHANDELING    | REFUSED | BUITEN_BEHANDELING only before the besluit
            IN_UITVOERING         | INGEDIEND             | REFUSED | any other transition is refused
            IN_UITVOERING         | IN_BEHANDELING        | REFUSED | any other transition is refused
            IN_UITVOERING         | TOEGEKEND             | REFUSED | any other transition is refused
            IN_UITVOERING         | AFGEWEZEN             | REFUSED | any other transition is refused
            IN_UITVOERING         | OVEREENKOMST_GESLOTEN | REFUSED | any other transition is refused
            IN_UITVOERING         | IN_UITVOERING         | REFUSED | no step to the same status
            IN_UITVOERING         | AFGEROND              | ALLOWED | IN_UITVOERING → AFGEROND
            IN_UITVOERING         | INGETROKKEN           | ALLOWED | INGETROKKEN by the indiener from any non-final state
            IN_UITVOERING         | BUITEN_BEHANDELING    | REFUSED | BUITEN_BEHANDELING only before the besluit
            AFGEROND              | INGEDIEND             | REFUSED | AFGEROND is final
            AFGEROND              | IN_BEHANDELING        | REFUSED | AFGEROND is final
            AFGEROND              | TOEGEKEND             | REFUSED | AFGEROND is final
            AFGEROND              | AFGEWEZEN             | REFUSED | AFGEROND is final
            AFGEROND              | OVEREENKOMST_GESLOTEN | REFUSED | AFGEROND is final
            AFGEROND              | IN_UITVOERING         | REFUSED | AFGEROND is final
            AFGEROND              | AFGEROND              | REFUSED | AFGEROND is final
            AFGEROND              | INGETROKKEN           | REFUSED | AFGEROND is final
            AFGEROND              | BUITEN_BEHANDELING    | REFUSED | AFGEROND is final
            INGETROKKEN           | INGEDIEND             | REFUSED | INGETROKKEN is final
            INGETROKKEN           | IN_BEHANDELING        | REFUSED | INGETROKKEN is final
            INGETROKKEN           | TOEGEKEND             | REFUSED | INGETROKKEN is final
            INGETROKKEN           | AFGEWEZEN             | REFUSED | INGETROKKEN is final
            INGETROKKEN           | OVEREENKOMST_GESLOTEN | REFUSED | INGETROKKEN is final
            INGETROKKEN           | IN_UITVOERING         | REFUSED | INGETROKKEN is final
            INGETROKKEN           | AFGEROND              | REFUSED | INGETROKKEN is final
            INGETROKKEN           | INGETROKKEN           | REFUSED | INGETROKKEN is final
            INGETROKKEN           | BUITEN_BEHANDELING    | REFUSED | INGETROKKEN is final
            BUITEN_BEHANDELING    | INGEDIEND             | REFUSED | BUITEN_BEHANDELING is final
            BUITEN_BEHANDELING    | IN_BEHANDELING        | REFUSED | BUITEN_BEHANDELING is final
            BUITEN_BEHANDELING    | TOEGEKEND             | REFUSED | BUITEN_BEHANDELING is final
            BUITEN_BEHANDELING    | AFGEWEZEN             | REFUSED | BUITEN_BEHANDELING is final
            BUITEN_BEHANDELING    | OVEREENKOMST_GESLOTEN | REFUSED | BUITEN_BEHANDELING is final
            BUITEN_BEHANDELING    | IN_UITVOERING         | REFUSED | BUITEN_BEHANDELING is final
            BUITEN_BEHANDELING    | AFGEROND              | REFUSED | BUITEN_BEHANDELING is final
            BUITEN_BEHANDELING    | INGETROKKEN           | REFUSED | BUITEN_BEHANDELING is final
            BUITEN_BEHANDELING    | BUITEN_BEHANDELING    | REFUSED | BUITEN_BEHANDELING is final
            """;

    static Stream<Arguments> tabel() {
        return TABEL.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
            String[] cell = line.split("\\s*\\|\\s*");
            return Arguments.of(UitdaagrechtStatus.valueOf(cell[0]), UitdaagrechtStatus.valueOf(cell[1]), cell[2], cell[3]);
        });
    }

    @ParameterizedTest(name = "{0} → {1}: {2} ({3})")
    @MethodSource("tabel")
    void transitionIsAllowedOnlyAlongTheLifecycle(UitdaagrechtStatus van, UitdaagrechtStatus naar, String verwacht,
            String regel) {
        boolean toegestaan = verwacht.equals("ALLOWED");
        assertEquals(toegestaan, UitdaagrechtLevenscyclus.isToegestaan(van, naar), regel);
        if (toegestaan) {
            UitdaagrechtLevenscyclus.controleer(van, naar);
        } else {
            UitdaagrechtLevenscyclus.OvergangNietToegestaan refused = assertThrows(
                    UitdaagrechtLevenscyclus.OvergangNietToegestaan.class, () -> UitdaagrechtLevenscyclus.controleer(van, naar));
            // The refusal names the allowed next states, exactly those of the table.
            assertEquals(toegestaanVolgensTabel(van), refused.toegestaan());
            for (UitdaagrechtStatus volgende : refused.toegestaan()) {
                assertTrue(refused.getMessage().contains(volgende.name()), refused.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(UitdaagrechtStatus.class)
    void theAllowedNextStatesAreThoseOfTheTable(UitdaagrechtStatus van) {
        assertEquals(toegestaanVolgensTabel(van), UitdaagrechtLevenscyclus.toegestaanVanuit(van));
    }

    @Test
    void theTableAboveCoversEveryPairOfStates() {
        // A new status must be added to the table, with a decision for every pair it forms.
        Set<String> alle = new HashSet<>();
        for (UitdaagrechtStatus van : UitdaagrechtStatus.values()) {
            for (UitdaagrechtStatus naar : UitdaagrechtStatus.values()) {
                alle.add(van + "→" + naar);
            }
        }
        List<String> inTabel = tabel().map(a -> a.get()[0] + "→" + a.get()[1]).toList();
        assertEquals(alle.size(), inTabel.size(), "every pair exactly once");
        assertEquals(alle, new HashSet<>(inTabel));
    }

    @Test
    void aVerzoekStartsAsIngediend() {
        assertEquals(UitdaagrechtStatus.INGEDIEND, UitdaagrechtLevenscyclus.BEGINSTATUS);
    }

    @Test
    void aFinalStatusSaysSoWhenRefused() {
        UitdaagrechtLevenscyclus.OvergangNietToegestaan refused = assertThrows(UitdaagrechtLevenscyclus.OvergangNietToegestaan.class,
                () -> UitdaagrechtLevenscyclus.controleer(UitdaagrechtStatus.AFGEROND, UitdaagrechtStatus.IN_UITVOERING));
        assertTrue(refused.getMessage().contains("AFGEROND is een eindstatus"), refused.getMessage());
    }

    @ParameterizedTest(name = "{0} is final")
    @EnumSource(value = UitdaagrechtStatus.class, names = {"AFGEWEZEN", "AFGEROND", "INGETROKKEN", "BUITEN_BEHANDELING"})
    void finalStates(UitdaagrechtStatus status) {
        assertTrue(status.isFinaal());
    }

    private static Set<UitdaagrechtStatus> toegestaanVolgensTabel(UitdaagrechtStatus van) {
        Set<UitdaagrechtStatus> toegestaan = EnumSet.noneOf(UitdaagrechtStatus.class);
        tabel().filter(a -> a.get()[0] == van && a.get()[2].equals("ALLOWED"))
                .forEach(a -> toegestaan.add((UitdaagrechtStatus) a.get()[1]));
        return toegestaan;
    }
}
