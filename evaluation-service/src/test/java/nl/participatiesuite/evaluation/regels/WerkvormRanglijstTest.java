package nl.participatiesuite.evaluation.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain.md §3, aggregates: mean rating and count per werkvorm and schaal, best first. */
class WerkvormRanglijstTest {

    @ParameterizedTest(name = "som {0} / {1} -> {2}")
    @CsvSource({"13, 3, 4.3", "9, 2, 4.5", "17, 4, 4.3", "7, 3, 2.3", "5, 1, 5.0", "4, 4, 1.0"})
    void meanHasOneDecimalRoundedHalfUp(long som, long aantal, String verwacht) {
        assertEquals(new BigDecimal(verwacht), WerkvormRanglijst.gemiddelde(new WerkvormTelling("Enquête", Schaal.DORP_WIJK, som, aantal)));
    }

    @Test
    void highestMeanComesFirst() {
        assertEquals(List.of("Workshop", "Enquête"), namen(WerkvormRanglijst.rangschik(List.of(
                telling("Enquête", 7, 2), telling("Workshop", 9, 2)))));
    }

    @Test
    void onEqualMeansMoreRatingsComeFirst() {
        assertEquals(List.of("Enquête", "Workshop"), namen(WerkvormRanglijst.rangschik(List.of(
                telling("Workshop", 4, 1), telling("Enquête", 12, 3)))));
    }

    @Test
    void onEqualMeanAndCountTheNameDecides() {
        assertEquals(List.of("enquête", "Koffiesessies", "Workshop"), namen(WerkvormRanglijst.rangschik(List.of(
                telling("Workshop", 8, 2), telling("Koffiesessies", 8, 2), telling("enquête", 8, 2)))));
    }

    @Test
    void meansAreComparedAfterRoundingSoTheShownOrderIsConsistent() {
        // 4.33 and 4.30 both show as 4.3: the count decides, not an invisible difference.
        assertEquals(List.of("Workshop", "Enquête"), namen(WerkvormRanglijst.rangschik(List.of(
                telling("Enquête", 13, 3), telling("Workshop", 43, 10)))));
    }

    @Test
    void theSameWerkvormAtTwoScalesIsListedTwice() {
        List<WerkvormRang> scores = WerkvormRanglijst.rangschik(List.of(
                new WerkvormTelling("Enquête", Schaal.DORP_WIJK, 8, 2), new WerkvormTelling("Enquête", Schaal.GEMEENTE, 3, 1)));
        assertEquals(List.of(Schaal.DORP_WIJK, Schaal.GEMEENTE), scores.stream().map(WerkvormRang::schaal).toList());
    }

    private static WerkvormTelling telling(String werkvorm, long som, long aantal) {
        return new WerkvormTelling(werkvorm, Schaal.DORP_WIJK, som, aantal);
    }

    private static List<String> namen(List<WerkvormRang> scores) {
        return scores.stream().map(WerkvormRang::werkvorm).toList();
    }
}
