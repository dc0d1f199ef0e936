package nl.participatiesuite.registry.uitdaagrecht;

import java.util.List;
import nl.participatiesuite.registry.regels.Beslistermijn;
import nl.participatiesuite.registry.regels.VerzoekOnderdeel;

/**
 * A verzoek with what the rules say about it today (the service asks the Klok), read together: what is missing, whether
 * the last hersteltermijn passed without the parts, and its beslistermijn with the rule set it comes from.
 */
record Verzoekstand(Uitdaagrechtverzoek verzoek, List<VerzoekOnderdeel> ontbrekend, boolean hersteltermijnVerstreken,
        int beslistermijnWeken, Beslistermijn.Uitkomst termijn) {
}
