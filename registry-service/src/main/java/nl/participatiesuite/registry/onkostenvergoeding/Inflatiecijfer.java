package nl.participatiesuite.registry.onkostenvergoeding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedRecord;

/** The CPI of one year, set by a beheerder; the year is its identity. National: it belongs to no gemeente. */
@Entity
@Table(name = "inflatiecijfer")
public class Inflatiecijfer extends VersionedRecord implements Auditeerbaar {

    public static final String RESOURCE = "inflatiecijfers";

    @Id
    public Integer jaar;

    @Column(name = "cpi_percentage")
    public BigDecimal cpiPercentage;

    /** No gemeente: every beheerder reads this trail (Audittrail). */
    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, jaar.toString(), null);
    }
}
