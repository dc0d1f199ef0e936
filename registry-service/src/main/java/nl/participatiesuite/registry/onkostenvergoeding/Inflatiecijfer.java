package nl.participatiesuite.registry.onkostenvergoeding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.participatiesuite.apirules.data.VersionedRecord;

/** The CPI of one year, set by a beheerder; the year is its identity. */
@Entity
@Table(name = "inflatiecijfer")
public class Inflatiecijfer extends VersionedRecord {

    @Id
    public Integer jaar;

    @Column(name = "cpi_percentage")
    public BigDecimal cpiPercentage;
}
