package nl.participatiesuite.registry.gemeente;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedRecord;

/** The tenant: a municipality, identified by its CBS code (GM + 4 digits, {@code GemeenteCode} in api-rules). */
@Entity
@Table(name = "gemeente")
public class Gemeente extends VersionedRecord implements Auditeerbaar {

    public static final String RESOURCE = "gemeenten";

    @Id
    public String code;

    public String naam;

    /** A gemeente's own trail; its gemeente is itself. */
    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, code, code);
    }
}
