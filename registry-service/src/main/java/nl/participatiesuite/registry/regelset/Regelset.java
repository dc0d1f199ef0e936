package nl.participatiesuite.registry.regelset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.registry.regels.Verordeningsregels;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A version of the registry rules one gemeente published (its participatieverordening, maatwerk). Immutable: there
 * is no update path and no column is updatable, so every outcome that names this version can be explained with
 * exactly these values.
 */
@Entity
@Table(name = "regelset")
public class Regelset extends PanacheEntityBase implements Auditeerbaar {

    public static final String RESOURCE = "regelsets";

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "gemeente_code", updatable = false)
    public String gemeente;

    /** 1, 2, 3... per gemeente. */
    @Column(updatable = false)
    public int versie;

    /** From this day on the version is in force (until a version with a later ingangsdatum is). */
    @Column(updatable = false)
    public LocalDate ingangsdatum;

    @Column(updatable = false)
    public String toelichting;

    @Column(name = "onkostenvergoeding_basisbedrag", updatable = false)
    public BigDecimal onkostenvergoedingBasisbedrag;

    @Column(name = "onkostenvergoeding_basisjaar", updatable = false)
    public int onkostenvergoedingBasisjaar;

    @Column(name = "incidentele_ondersteuning_jaarplafond", updatable = false)
    public BigDecimal incidenteleOndersteuningJaarplafond;

    @Column(name = "minimaal_aantal_kernambtenaren", updatable = false)
    public int minimaalAantalKernambtenaren;

    @Column(name = "beslistermijn_weken", updatable = false)
    public int beslistermijnWeken;

    @Column(name = "hersteltermijn_dagen", updatable = false)
    public int hersteltermijnDagen;

    @CreationTimestamp
    @Column(name = "gepubliceerd_op", updatable = false)
    public Instant gepubliceerdOp;

    public Verordeningsregels regels() {
        return new Verordeningsregels(onkostenvergoedingBasisbedrag, onkostenvergoedingBasisjaar,
                incidenteleOndersteuningJaarplafond, minimaalAantalKernambtenaren, beslistermijnWeken, hersteltermijnDagen);
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente);
    }
}
