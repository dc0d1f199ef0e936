package nl.participatiesuite.evaluation.regels;

/**
 * Whether the gemeente kept its participation promise: the level the samenwerkingswijzer advised
 * (gepland) against the level that was actually realised. Without a planned level there is nothing
 * to test, so {@code belofteNagekomen} and {@code tredenVerschil} are null and the toelichting says why.
 */
public record Belofteoordeel(
        Ladderniveau geplandNiveau,
        Ladderniveau gerealiseerdNiveau,
        GeplandNiveauBron bron,
        Boolean belofteNagekomen,
        Integer tredenVerschil,
        String toelichting) {
}
