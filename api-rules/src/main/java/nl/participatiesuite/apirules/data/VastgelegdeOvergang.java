package nl.participatiesuite.apirules.data;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded state transition (an initiatief's statuswijziging, a trajectory's overgang): who made
 * it, when and why. History is appended, never changed, so no column of it is updatable.
 */
@MappedSuperclass
public abstract class VastgelegdeOvergang extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(updatable = false)
    public String reden;

    @Column(updatable = false)
    public String actor;

    @Column(updatable = false)
    public Instant tijdstip;
}
