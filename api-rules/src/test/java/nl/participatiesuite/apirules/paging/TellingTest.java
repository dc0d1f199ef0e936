package nl.participatiesuite.apirules.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bounded count behind "a page costs the same at a million rows as at a thousand". */
class TellingTest {

    static Stream<Arguments> begrensdTellen() {
        return Stream.of(
                Arguments.of(0, new Telling(0, true)),
                Arguments.of(999, new Telling(999, true)),
                Arguments.of(1_000, new Telling(1_000, true)),
                Arguments.of(1_001, new Telling(1_000, false)));
    }

    @ParameterizedTest(name = "{0} gelezen → {1}")
    @MethodSource
    void begrensdTellen(long gelezen, Telling verwacht) {
        assertEquals(verwacht, Telling.bounded(gelezen, Paging.EXACT_COUNT_LIMIT));
    }

    static Stream<Arguments> paginaBijOnvolledigeTelling() {
        return Stream.of(
                // page 1 of 20 at a count that stopped at 1 000: at least 1 000, 50 pages
                Arguments.of(1, 20, 20, 1_000L, 50),
                // a page beyond the counted part: what it shows counts too
                Arguments.of(60, 20, 20, 1_200L, 60));
    }

    @ParameterizedTest(name = "page {0}, pageSize {1}")
    @MethodSource
    void paginaBijOnvolledigeTelling(int page, int pageSize, int opPagina, long totalItems, int totalPages) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.pageSize = pageSize;
        Page<Object> result = Page.of(Collections.nCopies(opPagina, new Object()), request, new Telling(1_000, false));
        assertEquals(List.of(totalItems, totalPages, false),
                List.of(result.totalItems(), result.totalPages(), result.totalItemsExact()));
    }
}
