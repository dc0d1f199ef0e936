package nl.participatiesuite.apirules.notificaties;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;

/**
 * One notification on its way to one abonnement. The dispatcher ({@link Verzender}) writes these rows with plain SQL;
 * the API reads them (the dead-letter list) and a beheerder offers parked ones again, which the audit trail records
 * in the abonnement's trail.
 */
@Entity
@Table(name = "aflevering")
public class Aflevering extends PanacheEntityBase implements Auditeerbaar {

    @Id
    public UUID id;

    @Column(name = "abonnement_id")
    public UUID abonnementId;

    @ManyToOne
    @JoinColumn(name = "volgnummer")
    public NotificatieRij notificatie;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int pogingen;

    @Column(name = "aangemaakt_op")
    public Instant aangemaaktOp;

    @Column(name = "volgende_poging")
    public Instant volgendePoging;

    @Column(name = "laatste_poging")
    public Instant laatstePoging;

    @Column(name = "laatste_fout")
    public String laatsteFout;

    @Column(name = "afgeleverd_op")
    public Instant afgeleverdOp;

    public enum Status {
        /** Still to be delivered (first time or again after a failure). */
        WACHTEND,
        AFGELEVERD,
        /** Refused or unreachable for longer than the retry period: waits for a beheerder (dead letter). */
        GEPARKEERD
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(Abonnement.RESOURCE, abonnementId.toString(), notificatie.gemeente);
    }

    @Override
    public boolean notificeerbaar() {
        return false;
    }
}
