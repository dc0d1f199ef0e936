package nl.participatiesuite.evaluation.burgerpeiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.evaluation.regels.Eenheid;

/**
 * A statement of a gemeente's burgerpeiling, or its rapportcijfer: something measured every survey
 * (every three years) and compared with a benchmark. Its number is unique within the gemeente.
 */
@Entity
@Table(name = "burgerpeiling_stelling")
public class Stelling extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "stellingen";

    @Column(name = "gemeente_code")
    public String gemeente;

    public int nummer;

    public String tekst;

    @Enumerated(EnumType.STRING)
    public Eenheid eenheid;

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente);
    }
}
