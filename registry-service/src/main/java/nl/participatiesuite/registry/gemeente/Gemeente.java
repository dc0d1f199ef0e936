package nl.participatiesuite.registry.gemeente;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** The tenant: a municipality, identified by its CBS code (GM + 4 digits, {@code GemeenteCode} in api-rules). */
@Entity
@Table(name = "gemeente")
public class Gemeente extends PanacheEntityBase {

    @Id
    public String code;

    public String naam;

    @Version
    public long versie;

    @CreationTimestamp
    @Column(name = "aangemaakt_op", updatable = false)
    public Instant aangemaaktOp;

    @UpdateTimestamp
    @Column(name = "gewijzigd_op")
    public Instant gewijzigdOp;
}
