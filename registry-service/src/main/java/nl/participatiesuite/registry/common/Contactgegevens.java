package nl.participatiesuite.registry.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The contact person of an organisation or group, stored in its contact_* columns. */
@Embeddable
public class Contactgegevens {

    @Column(name = "contact_naam")
    public String naam;

    @Column(name = "contact_email")
    public String email;

    @Column(name = "contact_telefoon")
    public String telefoon;
}
