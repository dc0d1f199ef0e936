package nl.participatiesuite.registry.regels;

/** A transition the initiatief lifecycle does not allow; the API answers it with 409. */
public class StatusovergangNietToegestaan extends RuntimeException {

    private final InitiatiefStatus van;
    private final InitiatiefStatus naar;

    public StatusovergangNietToegestaan(InitiatiefStatus van, InitiatiefStatus naar) {
        super("Een initiatief gaat niet van " + van + " naar " + naar + ".", null, false, false);
        this.van = van;
        this.naar = naar;
    }

    public InitiatiefStatus van() {
        return van;
    }

    public InitiatiefStatus naar() {
        return naar;
    }
}
