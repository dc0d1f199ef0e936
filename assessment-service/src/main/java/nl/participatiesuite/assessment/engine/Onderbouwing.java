package nl.participatiesuite.assessment.engine;

/**
 * Eén reden achter een uitkomst: een stabiele code (zie {@link OnderbouwingCode} voor de regel uit
 * domain.md) en een Nederlandse zin voor de gebruiker.
 */
public record Onderbouwing(OnderbouwingCode code, String tekst) {
}
