package nl.participatiesuite.registry.initiatief;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.participatiesuite.registry.regels.InitiatiefStatus;

/** One recorded step in an initiatief's lifecycle: history is appended, never changed. */
@Entity
@Table(name = "initiatief_statuswijziging")
public class InitiatiefStatuswijziging extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "initiatief_id", updatable = false)
    public UUID initiatiefId;

    /** Empty for the first entry: the submission itself. */
    @Enumerated(EnumType.STRING)
    @Column(name = "van_status", updatable = false)
    public InitiatiefStatus van;

    @Enumerated(EnumType.STRING)
    @Column(name = "naar_status", updatable = false)
    public InitiatiefStatus naar;

    @Column(updatable = false)
    public String reden;

    @Column(updatable = false)
    public String actor;

    @Column(updatable = false)
    public Instant tijdstip;

    static InitiatiefStatuswijziging nieuw(Initiatief initiatief, InitiatiefStatus van, InitiatiefStatus naar,
            String reden, String actor) {
        InitiatiefStatuswijziging wijziging = new InitiatiefStatuswijziging();
        wijziging.initiatiefId = initiatief.id;
        wijziging.van = van;
        wijziging.naar = naar;
        wijziging.reden = reden;
        wijziging.actor = actor;
        // PostgreSQL keeps microseconds: the answer to the POST must equal what a later GET returns.
        wijziging.tijdstip = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return wijziging;
    }
}
