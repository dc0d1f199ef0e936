package nl.participatiesuite.registry.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.apirules.security.Persoonsgegeven;

/** The contact person of an organisation or group, stored in its contact_* columns: personal data (domain.md §4). */
@Embeddable
public class Contactgegevens {

    @Persoonsgegeven
    @Column(name = "contact_naam")
    public String naam;

    @Persoonsgegeven
    @Column(name = "contact_email")
    public String email;

    @Persoonsgegeven
    @Column(name = "contact_telefoon")
    public String telefoon;

    /**
     * AVG art. 17: the erased contact person. The name (required of a contact person) becomes the marker, the
     * optional fields are emptied. Nothing to erase (no contact person, or erased before): the same object, so the
     * owner does not change and a second erasure is no change at all.
     */
    public static Contactgegevens gewist(Contactgegevens gegevens) {
        Contactgegevens gewist = new Contactgegevens();
        gewist.naam = Gewist.NAAM;
        return gegevens == null || gegevens.naam == null || gewist.equals(gegevens) ? gegevens : gewist;
    }

    /** By value: the audit trail compares old and new state and should see a change only when there is one. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Contactgegevens that && Objects.equals(naam, that.naam)
                && Objects.equals(email, that.email) && Objects.equals(telefoon, that.telefoon);
    }

    @Override
    public int hashCode() {
        return Objects.hash(naam, email, telefoon);
    }
}
