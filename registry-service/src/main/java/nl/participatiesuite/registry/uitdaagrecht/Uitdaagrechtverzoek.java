package nl.participatiesuite.registry.uitdaagrecht;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.registry.common.Contactgegevens;
import nl.participatiesuite.registry.initiatief.Initiatief;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.regels.Ontvankelijkheid;
import nl.participatiesuite.registry.regels.UitdaagrechtStatus;
import nl.participatiesuite.registry.regelset.Regelset;

/**
 * A request under the uitdaagrecht (domain.md §5): inwoners or a maatschappelijke partij ask to take over a task of
 * the gemeente. It is received, made complete (herstelverzoeken), decided within the beslistermijn, and when granted
 * carried out under an overeenkomst.
 */
@Entity
@Table(name = "uitdaagrechtverzoek")
public class Uitdaagrechtverzoek extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "uitdaagrechtverzoeken";

    @Column(name = "gemeente_code", updatable = false)
    public String gemeente;

    /** The beslistermijn runs from this day (Awb 4:13); it cannot change once the term runs. */
    @Column(updatable = false)
    public LocalDate ontvangstdatum;

    /**
     * The rule set in force on the ontvangstdatum (null: the default rule set): its beslistermijn and hersteltermijn
     * apply to this verzoek for good, whatever the gemeente publishes later.
     */
    @ManyToOne
    @JoinColumn(name = "regelset_id", updatable = false)
    public Regelset regelset;

    @Column(name = "regelset_versie", updatable = false)
    public String regelsetVersie;

    @ManyToMany
    @JoinTable(name = "uitdaagrechtverzoek_kern",
            joinColumns = @JoinColumn(name = "uitdaagrechtverzoek_id"),
            inverseJoinColumns = @JoinColumn(name = "kern_id"))
    public Set<Kern> kernen = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "indiener_type")
    public IndienerType indienerType;

    /** Personal data (domain.md §4: indieners of uitdaagrechtverzoeken), for inwoners and partijen alike: the safe default. */
    @Persoonsgegeven
    @Column(name = "indiener_naam")
    public String indienerNaam;

    @Column(name = "indiener_rechtsvorm")
    public String indienerRechtsvorm;

    /** Personal data (its fields are @Persoonsgegeven). */
    @Embedded
    public Contactgegevens contactpersoon;

    @Column(name = "taak_omschrijving")
    public String taakOmschrijving;

    @Column(name = "taak_huidige_jaarkosten")
    public BigDecimal taakHuidigeJaarkosten;

    /** {@link Motiveringsgrond} codes, see {@link Codes}. */
    public String motiveringsgronden = "";

    public String motivering;

    @Column(name = "draagvlak_omschrijving")
    public String draagvlakOmschrijving;

    @Column(name = "draagvlak_aantal_supporters")
    public Integer draagvlakAantalSupporters;

    public String uitvoeringsplan;

    @Column(name = "gevraagd_budget")
    public BigDecimal gevraagdBudget;

    @Column(name = "gewenste_start")
    public LocalDate gewensteStart;

    @Column(name = "looptijd_maanden")
    public Integer looptijdMaanden;

    /** A beoordeling in the assessment-service; that service owns it, so it is not checked here. */
    @Column(name = "beoordeling_id")
    public UUID beoordelingId;

    @ManyToOne
    @JoinColumn(name = "initiatief_id")
    public Initiatief initiatief;

    /** Changed only through the lifecycle (statuswijziging, besluit, overeenkomst), never by an update of the fields. */
    @Enumerated(EnumType.STRING)
    public UitdaagrechtStatus status;

    @Enumerated(EnumType.STRING)
    public Besluitsoort besluit;

    @Column(name = "besluit_motivering")
    public String besluitMotivering;

    /** {@link Weigeringsgrond} codes of an afwijzing, see {@link Codes}. */
    public String weigeringsgronden;

    public LocalDate besluitdatum;

    @Column(name = "overeenkomst_start")
    public LocalDate overeenkomstStart;

    @Column(name = "overeenkomst_eind")
    public LocalDate overeenkomstEind;

    @Column(name = "overgedragen_budget")
    public BigDecimal overgedragenBudget;

    @Column(name = "motivering_hoger_budget")
    public String motiveringHogerBudget;

    public String afspraken;

    public LocalDate evaluatiedatum;

    /** The parts the ontvankelijkheid rule looks at. */
    Ontvankelijkheid.Onderdelen onderdelen() {
        return new Ontvankelijkheid.Onderdelen(taakOmschrijving, Codes.los(Motiveringsgrond.class, motiveringsgronden).size(),
                motivering, draagvlakOmschrijving, uitvoeringsplan);
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente, Hoofdobject.kernIds(kernen, kern -> kern.id));
    }
}
