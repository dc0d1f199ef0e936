package nl.participatiesuite.evaluation.evaluatie;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.evaluation.regels.Belofteoordeel;
import nl.participatiesuite.evaluation.regels.GeplandNiveauBron;
import nl.participatiesuite.evaluation.regels.Ladderniveau;
import nl.participatiesuite.evaluation.regels.Participatiebelofte;

/**
 * The samenwerkingsverslag achteraf of one initiatief. Gemeente, kernen and titel are copied from the
 * registry when the report is made, so lessons can be grouped per kern without asking the registry.
 */
@Entity
@Table(name = "evaluatie")
public class Evaluatie extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "evaluaties";

    @Column(name = "gemeente_code")
    public String gemeente;

    @Column(name = "initiatief_id")
    public UUID initiatiefId;

    @Column(name = "initiatief_titel")
    public String initiatiefTitel;

    @ElementCollection
    @CollectionTable(name = "evaluatie_kern", joinColumns = @JoinColumn(name = "evaluatie_id"))
    @OrderColumn(name = "positie")
    @Column(name = "kern_id")
    public List<UUID> kernIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "evaluatie_doel", joinColumns = @JoinColumn(name = "evaluatie_id"))
    @OrderColumn(name = "positie")
    public List<DoelUitkomst> doelen = new ArrayList<>();

    /** Succesfactoren, leerpunten and knelpunten in one list: one table to search for lessons. */
    @ElementCollection
    @CollectionTable(name = "evaluatie_les", joinColumns = @JoinColumn(name = "evaluatie_id"))
    @OrderColumn(name = "positie")
    public List<Les> lessen = new ArrayList<>();

    /** Null when the report does not say whether feedback was given: that counts as missing. */
    @Column(name = "terugkoppeling_gegeven")
    public Boolean terugkoppelingGegeven;

    @Column(name = "terugkoppeling_hoe")
    public String terugkoppelingHoe;

    @Column(name = "terugkoppeling_wanneer")
    public LocalDate terugkoppelingWanneer;

    @ElementCollection
    @CollectionTable(name = "evaluatie_oordeel", joinColumns = @JoinColumn(name = "evaluatie_id"))
    @OrderColumn(name = "positie")
    public List<Deelnemersoordeel> deelnemersoordelen = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "gepland_niveau")
    public Ladderniveau geplandNiveau;

    @Enumerated(EnumType.STRING)
    @Column(name = "gepland_niveau_bron")
    public GeplandNiveauBron geplandNiveauBron;

    @Column(name = "beoordeling_id")
    public UUID beoordelingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "gerealiseerd_niveau")
    public Ladderniveau gerealiseerdNiveau;

    @ElementCollection
    @CollectionTable(name = "evaluatie_werkvorm", joinColumns = @JoinColumn(name = "evaluatie_id"))
    @OrderColumn(name = "positie")
    public List<WerkvormGebruik> werkvormen = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "evaluatie_valkuil", joinColumns = @JoinColumn(name = "evaluatie_id"))
    @OrderColumn(name = "positie")
    @Column(name = "valkuil")
    @Enumerated(EnumType.STRING)
    public List<Valkuil> valkuilen = new ArrayList<>();

    /** The rule-set version of that beoordeling (its regelset.naam), shown on every page of the samenwerkingsverslag. */
    @Column(name = "regelset_versie")
    public String regelsetVersie;

    /** The raad's designated cases the beoordeling named: participation was mandatory when this is not empty. */
    @ElementCollection
    @CollectionTable(name = "evaluatie_verplicht_geval", joinColumns = @JoinColumn(name = "evaluatie_id"))
    @OrderColumn(name = "positie")
    public List<VerplichtGeval> verplichteParticipatie = new ArrayList<>();

    /** Shared as leerzaam voorbeeld: readable by other gemeenten, without personal data. */
    public boolean gedeeld;

    /** Lower-case tags, so lessons group per theme regardless of how a writer capitalised them. */
    @ElementCollection
    @CollectionTable(name = "evaluatie_thema", joinColumns = @JoinColumn(name = "evaluatie_id"))
    @OrderColumn(name = "positie")
    @Column(name = "thema")
    public List<String> themas = new ArrayList<>();

    /** Personal data (domain.md §4): never logged, never shared, a pseudonym in the audit trail. */
    @Persoonsgegeven
    @Column(name = "opsteller_naam")
    public String opstellerNaam;

    /** Personal data (domain.md §4): never logged, never shared, a pseudonym in the audit trail. */
    @Persoonsgegeven
    @Column(name = "opsteller_email")
    public String opstellerEmail;

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente, Hoofdobject.kernIds(kernIds, kern -> kern));
    }

    /** Rule "geplandNiveau vs gerealiseerdNiveau" applied to this report. */
    public Belofteoordeel belofte() {
        return Participatiebelofte.toets(geplandNiveauBron, geplandNiveau, gerealiseerdNiveau);
    }
}
