package nl.participatiesuite.registry.initiatief;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.data.VastgelegdeOvergang;
import nl.participatiesuite.registry.regels.InitiatiefStatus;

/** One recorded step in an initiatief's lifecycle: history is appended, never changed. */
@Entity
@Table(name = "initiatief_statuswijziging")
public class InitiatiefStatuswijziging extends VastgelegdeOvergang {

    @Column(name = "initiatief_id", updatable = false)
    public UUID initiatiefId;

    /** Empty for the first entry: the submission itself. */
    @Enumerated(EnumType.STRING)
    @Column(name = "van_status", updatable = false)
    public InitiatiefStatus van;

    @Enumerated(EnumType.STRING)
    @Column(name = "naar_status", updatable = false)
    public InitiatiefStatus naar;

    /**
     * A step of the initiatief at {@code tijdstip}: the Klok's moment, cut to the microseconds PostgreSQL
     * keeps, so the answer to the POST equals what a later GET returns. Reden and actor come from the request.
     */
    static InitiatiefStatuswijziging nieuw(Initiatief initiatief, InitiatiefStatus van, InitiatiefStatus naar, Instant tijdstip) {
        InitiatiefStatuswijziging wijziging = new InitiatiefStatuswijziging();
        wijziging.initiatiefId = initiatief.id;
        wijziging.van = van;
        wijziging.naar = naar;
        wijziging.tijdstip = tijdstip;
        return wijziging;
    }
}
