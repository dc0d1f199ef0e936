package nl.participatiesuite.assessment.engine;

/** Contactgegevens van een kernambtenaar zoals de registry-service ze levert. */
public record Kernambtenaar(String naam, String email, String telefoon) {
}
