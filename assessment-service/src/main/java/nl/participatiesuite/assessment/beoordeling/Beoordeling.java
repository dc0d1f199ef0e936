package nl.participatiesuite.assessment.beoordeling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.BeoordelingInvoer;
import nl.participatiesuite.assessment.engine.Intensiteit;
import nl.participatiesuite.assessment.engine.Ladderniveau;
import nl.participatiesuite.assessment.engine.Niveau;
import nl.participatiesuite.assessment.engine.Uitkomst;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A stored beoordeling: the answers and the outcome whole (JSON), next to the columns people filter on, and
 * the rule-set version that produced the outcome.
 *
 * <p>Personal data (domain.md §4): the outcome holds the kern's kernambtenaren as the registry gave them (name,
 * e-mail, phone), so the audit trail keeps the outcome only as a pseudonym, and {@code POST {id}/_wissen} replaces
 * them ({@link BeoordelingWissing}). The answers name groups and organisations, not persons (see Belanghebbende).
 */
@Entity
@Table(name = "beoordeling")
public class Beoordeling extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "beoordelingen";

    @Column(name = "gemeente_code", updatable = false)
    public String gemeente;

    @Column(name = "initiatief_id")
    public UUID initiatiefId;

    /** The kern the outcome is about: named in the request, or the initiatief's first kern. */
    @Column(name = "kern_id")
    public UUID kernId;

    /**
     * {@link BeoordelingInvoer} as JSON. Personal for the audit trail: its free texts may name people (the erasure
     * rewrites them), so the trail keeps a pseudonym of the whole, as for the outcome and the checklist.
     */
    @Persoonsgegeven
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String invoer;

    /** {@link Uitkomst} as JSON, in the shape of {@link OpgeslagenUitkomst} (with its schemaVersie). */
    @Persoonsgegeven
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String uitkomst;

    @Enumerated(EnumType.STRING)
    public Niveau niveau;

    @Enumerated(EnumType.STRING)
    public Ladderniveau ladderniveau;

    @Enumerated(EnumType.STRING)
    public Intensiteit intensiteit;

    /** Empty when the default rule set was used. */
    @Column(name = "regelset_gemeente")
    public String regelsetGemeente;

    @Column(name = "regelset_versie")
    public int regelsetVersie;

    /** The team's answers to the handreiking's questions, per question key, as a JSON object (free text: personal). */
    @Persoonsgegeven
    @Column(name = "checklist_antwoorden", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String checklistAntwoorden = "{}";

    /** The team's planning of step 4 (samenwerkingsplan.Planning) as JSON; groups and means, no persons. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String planning = "{\"activiteiten\":[],\"communicatie\":[]}";

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente, kernId == null ? List.of() : List.of(kernId.toString()));
    }

    public BeoordelingInvoer leesInvoer(JsonKolommen json) {
        return json.lees(invoer, BeoordelingInvoer.class);
    }

    /** The stored outcome, whatever shape it was stored in. */
    public Uitkomst leesUitkomst(JsonKolommen json) {
        return OpgeslagenUitkomst.lees(uitkomst, json);
    }

    /** The stored outcome with how fresh its werkvorm effectiveness and kern data were (null when not kept). */
    OpgeslagenUitkomst.Gelezen leesUitkomstMetActualiteit(JsonKolommen json) {
        return OpgeslagenUitkomst.leesGeheel(uitkomst, json);
    }
}
