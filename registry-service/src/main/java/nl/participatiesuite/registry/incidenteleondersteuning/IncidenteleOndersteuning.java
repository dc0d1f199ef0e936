package nl.participatiesuite.registry.incidenteleondersteuning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;

/** One-off support of an initiative that furthers kerngericht werken, counted against the yearly cap. */
@Entity
@Table(name = "incidentele_ondersteuning")
public class IncidenteleOndersteuning extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "incidentele-ondersteuningen";

    @Column(name = "gemeente_code", updatable = false)
    public String gemeente;

    @Column(updatable = false)
    public int jaar;

    @Column(name = "initiatief_id", updatable = false)
    public UUID initiatiefId;

    @Column(updatable = false)
    public String omschrijving;

    @Column(updatable = false)
    public BigDecimal bedrag;

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente);
    }
}
