package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * domain.md §5 "Ontvankelijkheid": a verzoek without taak, motivering, draagvlak or plan is incomplete; the missing
 * parts are named, in the order of §5.
 */
class OntvankelijkheidTest {

    /** regel | taak | aantal motiveringsgronden | motivering | draagvlak | plan | ontbrekend (or -) */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            alles aanwezig: volledig                    | bermen | 1 | beter | 240 steun | ploegen | -
            niets aanwezig: alles ontbreekt              | null   | 0 | null  | null      | null    | TAAK,MOTIVERING,DRAAGVLAK,UITVOERINGSPLAN
            alleen de taak ontbreekt                     | null   | 2 | beter | 240 steun | ploegen | TAAK
            motivering zonder grond is geen motivering   | bermen | 0 | beter | 240 steun | ploegen | MOTIVERING
            een grond zonder uitleg is geen motivering   | bermen | 1 | null  | 240 steun | ploegen | MOTIVERING
            alleen spaties tellen als leeg               | bermen | 1 | beter | '   '     | ploegen | DRAAGVLAK
            zonder plan                                  | bermen | 4 | beter | 240 steun | null    | UITVOERINGSPLAN
            draagvlak en plan ontbreken, in volgorde     | bermen | 1 | beter | null      | null    | DRAAGVLAK,UITVOERINGSPLAN
            """)
    void ontbrekendeOnderdelenByName(String regel, String taak, int gronden, String motivering, String draagvlak,
            String plan, String ontbrekend) {
        Ontvankelijkheid.Onderdelen verzoek = new Ontvankelijkheid.Onderdelen(taak, gronden, motivering, draagvlak, plan);
        List<VerzoekOnderdeel> verwacht = ontbrekend.equals("-") ? List.of()
                : Arrays.stream(ontbrekend.split(",")).map(VerzoekOnderdeel::valueOf).toList();
        assertEquals(verwacht, Ontvankelijkheid.ontbrekend(verzoek), regel);
        assertEquals(verwacht.isEmpty(), Ontvankelijkheid.isVolledig(verzoek), regel);
    }
}
