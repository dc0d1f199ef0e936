package nl.participatiesuite.registry.leefbaarheidsbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;

/** Money a gemeente sets aside per year, optionally for one kern, for aanvragen from inwoners. */
@Entity
@Table(name = "leefbaarheidsbudget")
public class Leefbaarheidsbudget extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "leefbaarheidsbudgetten";

    @Column(name = "gemeente_code", updatable = false)
    public String gemeente;

    @Column(updatable = false)
    public int jaar;

    /** Empty for a budget of the whole gemeente. */
    @Column(name = "kern_id", updatable = false)
    public UUID kernId;

    public BigDecimal totaalbedrag;

    @Enumerated(EnumType.STRING)
    public Beslismodus beslismodus;

    /** The budget's trail holds its aanvragen and besluiten too. */
    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente);
    }
}
