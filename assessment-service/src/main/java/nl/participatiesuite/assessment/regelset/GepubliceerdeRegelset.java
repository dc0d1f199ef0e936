package nl.participatiesuite.assessment.regelset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Regelset;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A version of the rules one gemeente published (maatwerk). Immutable: there is no update path, so every
 * stored outcome that names this version can be explained with exactly these rules.
 */
@Entity
@Table(name = "regelset")
public class GepubliceerdeRegelset extends PanacheEntityBase implements Auditeerbaar {

    public static final String RESOURCE = "regelsets";

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "gemeente_code", updatable = false)
    public String gemeente;

    /** 1, 2, 3... per gemeente. */
    @Column(updatable = false)
    public int versie;

    @Column(updatable = false)
    public String toelichting;

    /** The {@link Regelset} as JSON. */
    @Column(columnDefinition = "jsonb", updatable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String regels;

    @CreationTimestamp
    @Column(name = "gepubliceerd_op", updatable = false)
    public Instant gepubliceerdOp;

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente);
    }

    public Regelset leesRegels(JsonKolommen json) {
        return json.lees(regels, Regelset.class);
    }
}
