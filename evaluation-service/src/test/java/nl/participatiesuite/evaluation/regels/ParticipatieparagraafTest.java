package nl.participatiesuite.evaluation.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule "participatieparagraaf" (domain.md §6): participatie ja/nee, hoe, resultaat. */
class ParticipatieparagraafTest {

    static Stream<Arguments> participatieparagraaf() {
        return Stream.of(
                Arguments.of("alleen informeren is geen participatie", Ladderniveau.INFORMEREN, List.of("Nieuwsbrief"),
                        null, null, 1, 0, 0, List.of(), false,
                        "Er is alleen geïnformeerd (INFORMEREN op de participatieladder); betrokkenen konden geen inbreng "
                                + "leveren, met Nieuwsbrief.",
                        "Van de 1 doel is er 1 behaald, 0 deels en 0 niet; de deelnemers gaven geen oordeel."),
                Arguments.of("raadplegen is participatie, met terugkoppeling", Ladderniveau.RAADPLEGEN,
                        List.of("Enquête", "Koffiesessies"), true, "Nieuwsbrief", 1, 1, 1, List.of(6, 9), true,
                        "Betrokkenen leverden inbreng op het niveau RAADPLEGEN van de participatieladder, met Enquête, "
                                + "Koffiesessies. Deelnemers hoorden wat er met hun inbreng gedaan is (Nieuwsbrief).",
                        "Van de 3 doelen zijn er 1 behaald, 1 deels en 1 niet; de deelnemers gaven gemiddeld een 7,5 (2 groepen)."),
                Arguments.of("meebeslissen zonder werkvormen en zonder terugkoppeling", Ladderniveau.MEEBESLISSEN,
                        List.of(), false, null, 0, 0, 0, List.of(7), true,
                        "Betrokkenen leverden inbreng op het niveau MEEBESLISSEN van de participatieladder, zonder "
                                + "vastgelegde werkvormen. Er is niet teruggekoppeld aan de deelnemers.",
                        "Het verslag noemt geen doelen; de deelnemers gaven gemiddeld een 7,0 (1 groep)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void participatieparagraaf(String geval, Ladderniveau niveau, List<String> werkvormen, Boolean teruggekoppeld,
            String hoeTeruggekoppeld, int behaald, int deels, int niet, List<Integer> scores, boolean participatie,
            String hoe, String resultaat) {
        assertEquals(new Participatieparagraaf(participatie, hoe, resultaat), Participatieparagraaf.van(niveau, werkvormen,
                teruggekoppeld, hoeTeruggekoppeld, behaald, deels, niet, scores));
    }
}
