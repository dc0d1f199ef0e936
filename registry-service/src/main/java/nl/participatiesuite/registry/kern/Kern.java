package nl.participatiesuite.registry.kern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.participatiesuite.apirules.data.VersionedEntity;

/** A village or town of a gemeente; its name is unique within the gemeente. */
@Entity
@Table(name = "kern")
public class Kern extends VersionedEntity {

    @Column(name = "gemeente_code")
    public String gemeente;

    public String naam;

    public Integer inwonertal;

    /** The wethouder who is the face of the college in this kern. */
    public String kernwethouder;
}
