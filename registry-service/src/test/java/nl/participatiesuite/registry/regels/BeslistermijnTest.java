package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * domain.md §5 "Beslistermijn": receipt + the gemeente's term (default 8 weeks, Awb 4:13) + the days suspended by
 * herstelverzoeken (Awb 4:15: from the request until the parts arrive, at most until the hersteltermijn ends).
 */
class BeslistermijnTest {

    /**
     * regel | ontvangst | weken | herstelverzoeken (verzonden/tot/aangevuld or -, separated by ;) | besluit | vandaag |
     * uiterste beslisdatum | opgeschorte dagen | opgeschort | termijn overschreden
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            acht weken zonder opschorting                         | 2026-01-05 | 8 | -                                               | -          | 2026-02-01 | 2026-03-02 |  0 | false | false
            een andere termijn uit de regelset: zes weken         | 2026-01-05 | 6 | -                                               | -          | 2026-02-01 | 2026-02-16 |  0 | false | false
            schrikkeljaar: 29 februari telt mee                   | 2028-01-10 | 8 | -                                               | -          | 2028-01-11 | 2028-03-06 |  0 | false | false
            opschorting over een maandgrens, tijdig aangevuld     | 2026-01-05 | 8 | 2026-01-28/2026-02-11/2026-02-04                | -          | 2026-02-20 | 2026-03-09 |  7 | false | false
            opschorting over de jaargrens                         | 2025-12-01 | 8 | 2025-12-20/2026-01-03/2026-01-02                | -          | 2026-01-10 | 2026-02-08 | 13 | false | false
            te laat aangevuld: opschorting tot eind hersteltermijn | 2026-01-05 | 8 | 2026-01-20/2026-02-03/2026-02-10                | -          | 2026-02-20 | 2026-03-16 | 14 | false | false
            een tweede herstelverzoek telt er bij op              | 2026-03-02 | 8 | 2026-03-05/2026-03-19/2026-03-09;2026-03-20/2026-04-03/2026-03-30 | - | 2026-04-01 | 2026-05-11 | 14 | false | false
            opschorting loopt nog: telt tot vandaag               | 2026-03-02 | 8 | 2026-03-10/2026-03-24/-                          | -          | 2026-03-15 | 2026-05-02 |  5 | true  | false
            hersteltermijn ongebruikt voorbij: opschorting eindigt | 2026-03-02 | 8 | 2026-03-10/2026-03-24/-                          | -          | 2026-04-10 | 2026-05-11 | 14 | false | false
            overlappende herstelverzoeken tellen elke dag één keer | 2026-01-05 | 8 | 2026-01-10/2026-01-24/-;2026-01-15/2026-01-29/2026-01-20 | -  | 2026-02-15 | 2026-03-16 | 14 | false | false
            besluit op de laatste dag is op tijd                  | 2026-01-05 | 8 | -                                               | 2026-03-02 | 2026-06-01 | 2026-03-02 |  0 | false | false
            besluit een dag te laat: termijn overschreden         | 2026-01-05 | 8 | -                                               | 2026-03-03 | 2026-03-03 | 2026-03-02 |  0 | false | true
            een laat besluit blijft overschreden, ook jaren later | 2026-01-05 | 8 | -                                               | 2026-03-03 | 2029-01-01 | 2026-03-02 |  0 | false | true
            besluit na opschorting, binnen de verlengde termijn   | 2026-01-05 | 8 | 2026-01-28/2026-02-11/2026-02-04                | 2026-03-09 | 2026-04-01 | 2026-03-09 |  7 | false | false
            onbesloten op de laatste dag: nog niet overschreden   | 2026-01-05 | 8 | -                                               | -          | 2026-03-02 | 2026-03-02 |  0 | false | false
            onbesloten na de laatste dag: overschreden            | 2026-01-05 | 8 | -                                               | -          | 2026-03-03 | 2026-03-02 |  0 | false | true
            """)
    void uitersteBeslisdatumIsOntvangstPlusTermijnPlusOpschorting(String regel, LocalDate ontvangst, int weken,
            String herstel, LocalDate besluit, LocalDate vandaag, LocalDate uiterste, long dagen, boolean opgeschort,
            boolean overschreden) {
        Beslistermijn.Uitkomst uitkomst = Beslistermijn.bereken(ontvangst, weken, opschortingen(herstel), besluit, vandaag);
        assertEquals(new Beslistermijn.Uitkomst(uiterste, dagen, opgeschort, overschreden), uitkomst, regel);
    }

    @Test
    void theDefaultTermIsEightWeeks() {
        assertEquals(8, Beslistermijn.STANDAARD_WEKEN);
        assertEquals(8, Verordeningsregels.standaard().beslistermijnWeken());
    }

    @Test
    void aTermOfNoWeeksIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> Beslistermijn.bereken(LocalDate.of(2026, 1, 5), 0, List.of(), null, LocalDate.of(2026, 1, 6)));
    }

    @Test
    void aHersteltermijnEndingBeforeItsRequestIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> new Beslistermijn.Opschorting(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 9), null));
    }

    private static List<Beslistermijn.Opschorting> opschortingen(String cel) {
        List<Beslistermijn.Opschorting> lijst = new ArrayList<>();
        if (cel == null) {
            return lijst;
        }
        for (String herstel : cel.split(";")) {
            String[] d = herstel.strip().split("/");
            lijst.add(new Beslistermijn.Opschorting(LocalDate.parse(d[0]), LocalDate.parse(d[1]),
                    d[2].equals("-") ? null : LocalDate.parse(d[2])));
        }
        return lijst;
    }
}
