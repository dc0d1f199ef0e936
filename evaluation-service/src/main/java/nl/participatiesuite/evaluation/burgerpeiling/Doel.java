package nl.participatiesuite.evaluation.burgerpeiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.evaluation.regels.Meetpunt;

/** A target for a stelling: the value the gemeente wants to reach in a year. */
@Entity
@Table(name = "burgerpeiling_doel")
public class Doel extends VersionedEntity {

    @Column(name = "stelling_id")
    public UUID stellingId;

    public int jaar;

    public BigDecimal waarde;

    public Meetpunt meetpunt() {
        return new Meetpunt(jaar, waarde);
    }
}
