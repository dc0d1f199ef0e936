package nl.participatiesuite.evaluation.burgerpeiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.evaluation.regels.Meetpunt;

/** One survey result of a stelling: the gemeente's value and the benchmark in that year. */
@Entity
@Table(name = "burgerpeiling_meting")
public class Meting extends VersionedEntity {

    @Column(name = "stelling_id")
    public UUID stellingId;

    public int jaar;

    public BigDecimal waarde;

    /** The value of comparable gemeenten (or the Dutch average) in the same year; optional. */
    public BigDecimal benchmark;

    public Meetpunt meetpunt() {
        return new Meetpunt(jaar, waarde);
    }
}
