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

/** A target for a stelling: the value the gemeente wants to reach in a year. */
@Entity
@Table(name = "burgerpeiling_doel")
public class Doel extends VersionedEntity implements Auditeerbaar {

    @Column(name = "stelling_id")
    public UUID stellingId;

    /**
     * The stelling this doel is part of, read-only ({@link #stellingId} writes the column): its changes belong to
     * the stelling's audit trail, of the stelling's gemeente. The services load the stelling first, so this is
     * the instance they already hold.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stelling_id", insertable = false, updatable = false)
    public Stelling stelling;

    public int jaar;

    public BigDecimal waarde;

    public Meetpunt meetpunt() {
        return new Meetpunt(jaar, waarde);
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(Stelling.RESOURCE, stellingId.toString(), stelling.gemeente);
    }
}
