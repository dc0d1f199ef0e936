package nl.participatiesuite.evaluation.regels;

/** One invalid field of a measurement or target: field name, code and reason, as the 400 lists them. */
public record Overtreding(String veld, String code, String reden) {
}
