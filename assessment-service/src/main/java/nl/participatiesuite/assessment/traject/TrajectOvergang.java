package nl.participatiesuite.assessment.traject;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VastgelegdeOvergang;
import nl.participatiesuite.assessment.common.JsonKolommen;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One line of a trajectory's history; never changed once written, except that an erasure replaces its actor
 * ({@link TrajectService#wis}). The actor is the caller's token (name and subject), never a request field.
 */
@Entity
@Table(name = "traject_overgang")
public class TrajectOvergang extends VastgelegdeOvergang implements Auditeerbaar {

    private static final TypeReference<List<TerugkoppelingResponse>> VERVALLEN = new TypeReference<>() {
    };

    @Column(name = "traject_id", updatable = false)
    public UUID trajectId;

    /** The same column, read-only: the trajectory this line belongs to (its gemeente, for the audit trail). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "traject_id", insertable = false, updatable = false)
    Traject traject;

    /** 1, 2, 3... per trajectory: the order of the history. */
    @Column(updatable = false)
    public int volgnummer;

    @Column(name = "van_stap", updatable = false)
    public int vanStap;

    @Column(name = "naar_stap", updatable = false)
    public int naarStap;

    /** The terugkoppelingen this move back voided, as a JSON array of {@link TerugkoppelingResponse}. */
    @Column(name = "vervallen_terugkoppelingen", columnDefinition = "jsonb", updatable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String vervallenTerugkoppelingen = "[]";

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(Traject.RESOURCE, trajectId.toString(), traject.gemeente);
    }

    public List<TerugkoppelingResponse> leesVervallenTerugkoppelingen(JsonKolommen json) {
        return json.lees(vervallenTerugkoppelingen, VERVALLEN);
    }
}
