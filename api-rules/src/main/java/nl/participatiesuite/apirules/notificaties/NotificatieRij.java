package nl.participatiesuite.apirules.notificaties;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import org.hibernate.annotations.Immutable;

/** A row of the outbox as the API shows it in a delivery; written only by {@link NotificatieOutbox}, never changed here. */
@Entity
@Immutable
@Table(name = "notificatie")
public class NotificatieRij extends PanacheEntityBase implements Auditeerbaar {

    @Id
    public long volgnummer;

    public UUID id;

    public Instant tijdstip;

    public String kanaal;

    @Column(name = "hoofd_id")
    public String hoofdId;

    public String resource;

    @Column(name = "resource_id")
    public String resourceId;

    public String actie;

    public String gemeente;

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(kanaal, hoofdId, gemeente);
    }

    @Override
    public boolean notificeerbaar() {
        return false;
    }
}
