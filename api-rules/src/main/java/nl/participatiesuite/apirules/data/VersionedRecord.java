package nl.participatiesuite.apirules.data;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * The optimistic-lock version (the ETag) and audit times of every stored record. Entities with a
 * natural key (a gemeente's CBS code, a year) extend this and declare their own {@code @Id};
 * the others extend {@link VersionedEntity}, which adds a UUID.
 */
@MappedSuperclass
public abstract class VersionedRecord extends PanacheEntityBase {

    @Version
    public long versie;

    @CreationTimestamp
    @Column(name = "aangemaakt_op", updatable = false)
    public Instant aangemaaktOp;

    @UpdateTimestamp
    @Column(name = "gewijzigd_op")
    public Instant gewijzigdOp;

    /**
     * The number the ETag names: it grows with every change of what the record's answer shows. That is its own
     * {@link #versie}; a record whose answer shows other rows too adds their changes (the registry's Initiatief).
     */
    public long etagVersie() {
        return versie;
    }
}
