package nl.participatiesuite.registry.uitdaagrecht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.registry.regels.Beslistermijn;

/**
 * The gemeente's request to supply the missing parts of a verzoek within a hersteltermijn (Awb 4:5). It suspends the
 * beslistermijn (Awb 4:15) until the parts arrive ({@code aangevuldOp}, set when the verzoek becomes complete) or the
 * hersteltermijn ends. Part of the verzoek's audit trail.
 */
@Entity
@Table(name = "uitdaagrecht_herstelverzoek")
public class Herstelverzoek extends VersionedEntity implements Auditeerbaar {

    @Column(name = "uitdaagrechtverzoek_id", updatable = false)
    public UUID verzoekId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uitdaagrechtverzoek_id", insertable = false, updatable = false)
    Uitdaagrechtverzoek verzoek;

    /** {@link nl.participatiesuite.registry.regels.VerzoekOnderdeel} codes, as the ontvankelijkheid rule named them. */
    @Column(name = "ontbrekende_onderdelen", updatable = false)
    public String ontbrekendeOnderdelen;

    @Column(updatable = false)
    public String toelichting;

    @Column(name = "verzonden_op", updatable = false)
    public LocalDate verzondenOp;

    @Column(name = "hersteltermijn_tot", updatable = false)
    public LocalDate hersteltermijnTot;

    @Column(name = "aangevuld_op")
    public LocalDate aangevuldOp;

    boolean isOpen() {
        return aangevuldOp == null;
    }

    Beslistermijn.Opschorting opschorting() {
        return new Beslistermijn.Opschorting(verzondenOp, hersteltermijnTot, aangevuldOp);
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(Uitdaagrechtverzoek.RESOURCE, verzoekId.toString(), verzoek.gemeente,
                Hoofdobject.kernIds(verzoek.kernen, kern -> kern.id));
    }
}
