package nl.participatiesuite.registry.dorpsbelangenorganisatie;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.registry.common.Contactgegevens;
import nl.participatiesuite.registry.kern.Kern;

/** A village-interest organisation that speaks for one or more kernen. */
@Entity
@Table(name = "dorpsbelangenorganisatie")
public class Dorpsbelangenorganisatie extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "dorpsbelangenorganisaties";

    @Column(name = "gemeente_code")
    public String gemeente;

    public String naam;

    @Enumerated(EnumType.STRING)
    public Rechtsvorm rechtsvorm;

    @Column(name = "convenant_getekend_op")
    public LocalDate convenantGetekendOp;

    @Column(name = "convenant_evaluatie_uiterlijk")
    public LocalDate convenantEvaluatieUiterlijk;

    /** Whether the gemeente pays the membership of Vereniging Dorpshuizen en Kleine Kernen Gelderland (DKK). */
    @Column(name = "dkk_lidmaatschap_vergoed")
    public boolean dkkLidmaatschapVergoed;

    /** Personal data (its fields are @Persoonsgegeven). */
    @Embedded
    public Contactgegevens contactpersoon;

    @ManyToMany
    @JoinTable(name = "dorpsbelangenorganisatie_kern",
            joinColumns = @JoinColumn(name = "dorpsbelangenorganisatie_id"),
            inverseJoinColumns = @JoinColumn(name = "kern_id"))
    public Set<Kern> kernen = new LinkedHashSet<>();

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente);
    }
}
