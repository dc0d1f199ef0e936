package nl.participatiesuite.assessment.engine.checklist;

/**
 * Eén vraag van een handreiking.
 *
 * @param sleutel stabiele sleutel waarmee een team de vraag beantwoordt
 * @param vraag   de vraag zoals de handreiking hem stelt
 * @param antwoord leeg zolang de vraag open is
 * @param bron     leeg zolang de vraag open is
 */
public record ChecklistVraag(String sleutel, String vraag, VraagStatus status, String antwoord, AntwoordBron bron) {

    static ChecklistVraag open(String sleutel, String vraag) {
        return new ChecklistVraag(sleutel, vraag, VraagStatus.OPEN, null, null);
    }

    ChecklistVraag beantwoord(String tekst, AntwoordBron bron) {
        return new ChecklistVraag(sleutel, vraag, VraagStatus.BEANTWOORD, tekst, bron);
    }
}
