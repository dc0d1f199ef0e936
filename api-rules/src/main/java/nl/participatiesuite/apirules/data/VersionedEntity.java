package nl.participatiesuite.apirules.data;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** Identity, optimistic-lock version (the ETag) and audit times that every entity of every service has. */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Version
    public long versie;

    @CreationTimestamp
    @Column(name = "aangemaakt_op", updatable = false)
    public Instant aangemaaktOp;

    @UpdateTimestamp
    @Column(name = "gewijzigd_op")
    public Instant gewijzigdOp;
}
