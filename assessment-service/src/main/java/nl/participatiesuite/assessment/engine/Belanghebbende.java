package nl.participatiesuite.assessment.engine;

/**
 * Een regel van de belangenanalyse (stap 3).
 *
 * @param naam            welke groep of organisatie (omwonenden, een vereniging, ondernemers); verplicht. De
 *                        belangenanalyse gaat over belangen van groepen, niet over personen: dit is geen
 *                        persoonsgegeven in de zin van domain.md §4 en het contract vraagt er geen persoonsnaam.
 * @param belang          welk belang deze belanghebbende heeft; vrije tekst, optioneel
 * @param weging          hoe zwaar het belang weegt, 1..5; verplicht
 * @param pastBijBelang   past het plan bij het belang van deze belanghebbende; verplicht
 * @param gevolgen        hoe het plan voor deze belanghebbende uitpakt; verplicht
 * @param gewensteInbreng het niveau dat de belanghebbende zelf wenst; optioneel
 */
public record Belanghebbende(
        String naam,
        String belang,
        Integer weging,
        Boolean pastBijBelang,
        Gevolgen gevolgen,
        Niveau gewensteInbreng) {

    public static final int WEGING_MINIMUM = 1;
    public static final int WEGING_MAXIMUM = 5;
}
