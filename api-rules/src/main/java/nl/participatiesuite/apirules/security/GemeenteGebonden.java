package nl.participatiesuite.apirules.security;

/**
 * A response (or entity) that belongs to one gemeente. Whether the personal fields inside it, nested objects
 * and lists included, are shown is decided against this gemeente; where no enclosing object names one, they
 * are left out. A record with a {@code gemeente} component implements this without further code.
 */
public interface GemeenteGebonden {

    String gemeente();

    /**
     * The gemeente whose callers may see the personal fields of this object: normally the object's own. An
     * object may name another one, for example an audit entry of a national figure, whose actor's name is for
     * the actor's own gemeente only.
     */
    default String gemeenteVanPersoonsgegevens() {
        return gemeente();
    }
}
