package nl.participatiesuite.assessment.engine;

import java.util.Locale;

/**
 * Werkvormen worden op naam gekoppeld aan de evaluaties van de evaluation-service. Hoofdletters en
 * spaties aan de randen verschillen daar in de praktijk ("workshop" naast "Workshop"); de sleutel
 * maakt die gelijk, de getoonde naam blijft die uit de matrix.
 */
final class WerkvormNaam {

    private WerkvormNaam() {
    }

    static String sleutel(String naam) {
        return naam.strip().toLowerCase(Locale.ROOT);
    }
}
