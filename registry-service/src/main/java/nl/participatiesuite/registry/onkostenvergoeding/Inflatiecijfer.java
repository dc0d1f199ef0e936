package nl.participatiesuite.registry.onkostenvergoeding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** The CPI of one year, set by a beheerder; the year is its identity. */
@Entity
@Table(name = "inflatiecijfer")
public class Inflatiecijfer extends PanacheEntityBase {

    @Id
    public Integer jaar;

    @Column(name = "cpi_percentage")
    public BigDecimal cpiPercentage;

    @Version
    public long versie;

    @CreationTimestamp
    @Column(name = "aangemaakt_op", updatable = false)
    public Instant aangemaaktOp;

    @UpdateTimestamp
    @Column(name = "gewijzigd_op")
    public Instant gewijzigdOp;
}
