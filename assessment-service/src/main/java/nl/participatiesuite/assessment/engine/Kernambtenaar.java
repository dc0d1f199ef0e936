package nl.participatiesuite.assessment.engine;

/**
 * Contactgegevens van een kernambtenaar zoals de registry-service ze levert. Alle drie zijn persoonsgegevens
 * (domain.md §4): de REST-laag toont ze alleen aan de eigen gemeente en wist ze op verzoek; de engine noemt ze
 * daarom nergens anders, ook niet in een onderbouwing.
 */
public record Kernambtenaar(String naam, String email, String telefoon) {
}
