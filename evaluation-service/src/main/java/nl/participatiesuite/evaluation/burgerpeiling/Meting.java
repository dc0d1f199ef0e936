package nl.participatiesuite.evaluation.burgerpeiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.evaluation.regels.Meetpunt;

/** One survey result of a stelling: the gemeente's value and the benchmark in that year. */
@Entity
@Table(name = "burgerpeiling_meting")
public class Meting extends VersionedEntity implements Auditeerbaar {

    @Column(name = "stelling_id")
    public UUID stellingId;

    /**
     * The stelling this meting is part of, read-only ({@link #stellingId} writes the column): its changes belong to
     * the stelling's audit trail, of the stelling's gemeente. The services load the stelling first, so this is
     * the instance they already hold.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stelling_id", insertable = false, updatable = false)
    public Stelling stelling;

    public int jaar;

    public BigDecimal waarde;

    /** The value of comparable gemeenten (or the Dutch average) in the same year; optional. */
    public BigDecimal benchmark;

    public Meetpunt meetpunt() {
        return new Meetpunt(jaar, waarde);
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(Stelling.RESOURCE, stellingId.toString(), stelling.gemeente);
    }
}
