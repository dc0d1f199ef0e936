package nl.participatiesuite.registry.initiatief;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VastgelegdeOvergang;
import nl.participatiesuite.registry.regels.InitiatiefStatus;

/** One recorded step in an initiatief's lifecycle: history is appended, never changed; part of the initiatief's audit trail. */
@Entity
@Table(name = "initiatief_statuswijziging")
public class InitiatiefStatuswijziging extends VastgelegdeOvergang implements Auditeerbaar {

    @Column(name = "initiatief_id", updatable = false)
    public UUID initiatiefId;

    /** The same column, read-only: the whole this step is part of (its gemeente, for the audit trail). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiatief_id", insertable = false, updatable = false)
    Initiatief initiatief;

    /** Empty for the first entry: the submission itself. */
    @Enumerated(EnumType.STRING)
    @Column(name = "van_status", updatable = false)
    public InitiatiefStatus van;

    @Enumerated(EnumType.STRING)
    @Column(name = "naar_status", updatable = false)
    public InitiatiefStatus naar;

    /**
     * A step of the initiatief at {@code tijdstip}: the Klok's moment, cut to the microseconds PostgreSQL
     * keeps, so the answer to the POST equals what a later GET returns. The reden comes from the request, the
     * actor from the caller's token (Beller#actor), never from a body.
     */
    static InitiatiefStatuswijziging nieuw(Initiatief initiatief, InitiatiefStatus van, InitiatiefStatus naar, Instant tijdstip) {
        InitiatiefStatuswijziging wijziging = new InitiatiefStatuswijziging();
        wijziging.initiatiefId = initiatief.id;
        wijziging.initiatief = initiatief;
        wijziging.van = van;
        wijziging.naar = naar;
        wijziging.tijdstip = tijdstip;
        return wijziging;
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(Initiatief.RESOURCE, initiatiefId.toString(), initiatief.gemeente,
                Hoofdobject.kernIds(initiatief.kernen, kern -> kern.id));
    }
}
