package nl.participatiesuite.evaluation.regels;

/** Something a report lacks or reveals that its readers should act on. */
public enum Signalering {
    TERUGKOPPELING_ONTBREEKT("Er is geen terugkoppeling aan de deelnemers vastgelegd: inwoners willen weten wat er met"
            + " hun input gedaan is."),
    BELOFTE_NIET_NAGEKOMEN("Het gerealiseerde participatieniveau ligt lager dan het geplande niveau uit de beoordeling."),
    GEEN_BEOORDELING("Het initiatief heeft geen beoordeling: het gerealiseerde niveau is niet aan een gepland niveau"
            + " getoetst."),
    ASSESSMENT_ONBEREIKBAAR("De assessment-service was onbereikbaar: het geplande niveau ontbreekt nog.");

    private final String melding;

    Signalering(String melding) {
        this.melding = melding;
    }

    public String melding() {
        return melding;
    }
}
