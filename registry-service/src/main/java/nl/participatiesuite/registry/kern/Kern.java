package nl.participatiesuite.registry.kern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.apirules.security.Persoonsgegeven;

/** A village or town of a gemeente; its name is unique within the gemeente. */
@Entity
@Table(name = "kern")
public class Kern extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "kernen";

    @Column(name = "gemeente_code")
    public String gemeente;

    public String naam;

    public Integer inwonertal;

    /** The wethouder who is the face of the college in this kern: a person's name (domain.md §4). */
    @Persoonsgegeven
    public String kernwethouder;

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente);
    }
}
