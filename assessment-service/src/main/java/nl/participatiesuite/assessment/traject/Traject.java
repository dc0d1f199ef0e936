package nl.participatiesuite.assessment.traject;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.assessment.common.JsonKolommen;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A stored BINNO samenwerkingstraject. The rules live in the pure
 * {@link nl.participatiesuite.assessment.traject.domain.Samenwerkingstraject}; this is its state on disk: the
 * current step and the valid terugkoppelingen. The history is in {@link TrajectOvergang}, part of this
 * trajectory's audit trail. Its personal data are the actors of that history (domain.md §4).
 */
@Entity
@Table(name = "samenwerkingstraject")
public class Traject extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "samenwerkingstrajecten";

    private static final TypeReference<List<String>> NAMEN = new TypeReference<>() {
    };

    @Column(name = "gemeente_code", updatable = false)
    public String gemeente;

    public String naam;

    public String omschrijving;

    /** The partner names as a JSON array. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String partners = "[]";

    @Column(name = "huidige_stap")
    public int huidigeStap;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "terugkoppelingsmoment", joinColumns = @JoinColumn(name = "traject_id"))
    public List<Terugkoppelingsmoment> terugkoppelingen = new ArrayList<>();

    /**
     * When the actors of the history were last erased (AVG art. 17): the history itself is never rewritten through
     * the entity, so this change is what the audit trail shows of an erasure.
     */
    @Column(name = "persoonsgegevens_gewist_op")
    public Instant persoonsgegevensGewistOp;

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente);
    }

    public List<String> leesPartners(JsonKolommen json) {
        return json.lees(partners, NAMEN);
    }
}
