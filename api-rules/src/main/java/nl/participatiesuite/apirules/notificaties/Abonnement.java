package nl.participatiesuite.apirules.notificaties;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.audit.Geheim;
import nl.participatiesuite.apirules.data.VersionedEntity;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A subscriber: where to deliver which notifications of this service, and how to prove they come from us. Without a
 * gemeente it hears of every gemeente, which only the suite's own services may ask for.
 */
@Entity
@Table(name = "abonnement")
public class Abonnement extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "abonnementen";

    public String gemeente;

    @Column(name = "callback_url")
    public String callbackUrl;

    /** Sent as the Authorization header of every delivery, when set. */
    @Geheim
    public String autorisatie;

    /** The key of the HMAC-SHA256 signature of every delivery. */
    @Geheim
    public String geheim;

    /** The {@link Kanaalfilter}s as JSON ({@link Kanaalfilters}). */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String kanalen;

    public List<Kanaalfilter> kanaalfilters() {
        return Kanaalfilters.lees(kanalen);
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente);
    }

    @Override
    public boolean notificeerbaar() {
        return false;
    }
}
