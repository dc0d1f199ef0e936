package nl.participatiesuite.registry.initiatief;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.kernambtenaar.Kernambtenaar;
import nl.participatiesuite.registry.regels.InitiatiefStatus;

/** An initiative in one or more kernen of a gemeente, followed through its lifecycle. */
@Entity
@Table(name = "initiatief")
public class Initiatief extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "initiatieven";

    @Column(name = "gemeente_code")
    public String gemeente;

    public String titel;

    public String doel;

    public String activiteit;

    @ManyToMany
    @JoinTable(name = "initiatief_kern",
            joinColumns = @JoinColumn(name = "initiatief_id"),
            inverseJoinColumns = @JoinColumn(name = "kern_id"))
    public Set<Kern> kernen = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    public Schaal schaal;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiatiefnemer_type")
    public InitiatiefnemerType initiatiefnemerType;

    /** Personal data: an INWONER is a natural person (domain.md §4); treated so for every type, the safe default. */
    @Persoonsgegeven
    @Column(name = "initiatiefnemer_naam")
    public String initiatiefnemerNaam;

    @Persoonsgegeven
    @Column(name = "initiatiefnemer_contact")
    public String initiatiefnemerContact;

    /** The vaste contactpersoon is either a kernambtenaar, or another medewerker by name and e-mail. */
    @ManyToOne
    @JoinColumn(name = "contactpersoon_kernambtenaar_id")
    public Kernambtenaar contactpersoonKernambtenaar;

    @Persoonsgegeven
    @Column(name = "contactpersoon_naam")
    public String contactpersoonNaam;

    @Persoonsgegeven
    @Column(name = "contactpersoon_email")
    public String contactpersoonEmail;

    /** Changed only through the lifecycle, never by an update of the fields. */
    @Enumerated(EnumType.STRING)
    public InitiatiefStatus status;

    /** A beoordeling in the assessment-service; that service owns it, so it is not checked here. */
    @Column(name = "beoordeling_id")
    public UUID beoordelingId;

    @Enumerated(EnumType.STRING)
    public Overheidsrol overheidsrol;

    @Column(name = "leefbaarheidsaanvraag_id")
    public UUID leefbaarheidsaanvraagId;

    /**
     * Grows with every change of a kern or kernambtenaar the answer shows (the kernen's names order kernIds; the
     * kernambtenaar is the vaste contactpersoon). Database triggers raise it (migration V15), never this service.
     */
    @Column(name = "weergave_versie", insertable = false, updatable = false)
    public long weergaveVersie;

    /**
     * The ETag changes with the kernen and kernambtenaar it shows too, so a client's If-None-Match never keeps an
     * answer whose kernIds or contactpersoon changed. Both versions only grow, so their sum grows with every change.
     */
    @Override
    public long etagVersie() {
        return versie + weergaveVersie;
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente, Hoofdobject.kernIds(kernen, kern -> kern.id));
    }
}
