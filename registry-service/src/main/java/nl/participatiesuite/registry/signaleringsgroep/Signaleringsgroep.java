package nl.participatiesuite.registry.signaleringsgroep;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.registry.common.Contactgegevens;
import nl.participatiesuite.registry.regels.Soort;

/** Volunteers who watch safety and liveability in a kern, or the gemeente's whatsapp-coördinator. */
@Entity
@Table(name = "signaleringsgroep")
public class Signaleringsgroep extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "signaleringsgroepen";

    @Column(name = "gemeente_code")
    public String gemeente;

    @Column(name = "kern_id")
    public UUID kernId;

    @Enumerated(EnumType.STRING)
    public Soort soort;

    public String naam;

    /** Personal data (its fields are @Persoonsgegeven). */
    @Embedded
    public Contactgegevens contactpersoon;

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente);
    }
}
