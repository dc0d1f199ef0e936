package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Het aanspreekpunt van de uitkomst. {@code beschikbaar == false} betekent dat dit deel ontbreekt omdat
 * de registry niet bereikbaar was (of de aanroeper daar geen toegang had); de rest van de uitkomst is dan gewoon
 * berekend. {@code kernambtenaren} is alleen gevuld bij {@link AanspreekpuntStatus#KERNAMBTENAREN_BEKEND}.
 */
public record AanspreekpuntUitkomst(
        AanspreekpuntStatus status,
        boolean beschikbaar,
        String kern,
        List<Kernambtenaar> kernambtenaren,
        List<Onderbouwing> onderbouwing) {
    public AanspreekpuntUitkomst {
        kernambtenaren = List.copyOf(kernambtenaren);
        onderbouwing = List.copyOf(onderbouwing);
    }
}
