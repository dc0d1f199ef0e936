package nl.participatiesuite.assessment.traject.domain;

/** Een geweigerde handeling op een samenwerkingstraject, met een stabiele {@link TrajectFoutCode}. */
public class TrajectException extends RuntimeException {

    private final TrajectFoutCode code;

    public TrajectException(TrajectFoutCode code, String melding) {
        super(melding);
        this.code = code;
    }

    public TrajectFoutCode code() {
        return code;
    }
}
