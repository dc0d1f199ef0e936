package nl.participatiesuite.registry.regels;

import java.math.BigDecimal;

/**
 * The registry's rule values that a gemeente sets in its participatieverordening (maatwerk, domain.md: "each
 * gemeente can publish its own version of the rules"). {@link #standaard()} holds domain.md's values. The API checks
 * a published version's values (bounds, cents) before it is stored, so every stored version can be applied.
 *
 * @param onkostenvergoedingBasisbedrag   the onkostenvergoeding of a dorpsbelangenorganisatie in the base year (€ 375)
 * @param onkostenvergoedingBasisjaar     the base year of that amount (2020)
 * @param incidenteleOndersteuningJaarplafond at most this much incidentele ondersteuning per calendar year (€ 5.000)
 * @param minimaalAantalKernambtenaren    the kerndekking goal's minimum number of kernambtenaren (Buren: two)
 * @param beslistermijnWeken              the uitdaagrecht beslistermijn in weeks (Awb 4:13: eight)
 * @param hersteltermijnDagen             the default hersteltermijn of a herstelverzoek in days (Awb 4:5)
 */
public record Verordeningsregels(
        BigDecimal onkostenvergoedingBasisbedrag,
        int onkostenvergoedingBasisjaar,
        BigDecimal incidenteleOndersteuningJaarplafond,
        int minimaalAantalKernambtenaren,
        int beslistermijnWeken,
        int hersteltermijnDagen) {

    /** The label every outcome names when it used the default rule set. */
    public static final String STANDAARD_LABEL = "standaard-1";

    /** Two weeks to supply missing parts: a common hersteltermijn under Awb 4:5 when the verordening says nothing. */
    public static final int STANDAARD_HERSTELTERMIJN_DAGEN = 14;

    private static final Verordeningsregels STANDAARD = new Verordeningsregels(new BigDecimal("375.00"), 2020,
            new BigDecimal("5000.00"), 2, Beslistermijn.STANDAARD_WEKEN, STANDAARD_HERSTELTERMIJN_DAGEN);

    public static Verordeningsregels standaard() {
        return STANDAARD;
    }
}
