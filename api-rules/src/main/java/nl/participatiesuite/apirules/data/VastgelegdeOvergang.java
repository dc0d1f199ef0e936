package nl.participatiesuite.apirules.data;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.security.Persoonsgegeven;

/**
 * One recorded state transition (an initiatief's statuswijziging, a trajectory's overgang): who made
 * it, when and why. History is appended, never changed, so no column of it is updatable (an erasure rewrites
 * the actor with one statement).
 */
@MappedSuperclass
public abstract class VastgelegdeOvergang extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(updatable = false)
    public String reden;

    /** The token's name and subject: personal data of an employee, so the audit trail keeps only a pseudonym. */
    @Persoonsgegeven
    @Column(updatable = false)
    public String actor;

    @Column(updatable = false)
    public Instant tijdstip;
}
