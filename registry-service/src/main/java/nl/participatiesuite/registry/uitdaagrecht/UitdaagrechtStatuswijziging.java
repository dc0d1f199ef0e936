package nl.participatiesuite.registry.uitdaagrecht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VastgelegdeOvergang;
import nl.participatiesuite.registry.regels.UitdaagrechtStatus;

/** One recorded step in a verzoek's lifecycle: appended, never changed; part of the verzoek's audit trail. */
@Entity
@Table(name = "uitdaagrecht_statuswijziging")
public class UitdaagrechtStatuswijziging extends VastgelegdeOvergang implements Auditeerbaar {

    @Column(name = "uitdaagrechtverzoek_id", updatable = false)
    public UUID verzoekId;

    /** The same column, read-only: the whole this step is part of (its gemeente, for the audit trail). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uitdaagrechtverzoek_id", insertable = false, updatable = false)
    Uitdaagrechtverzoek verzoek;

    /** Empty for the first entry: the receipt itself. */
    @Enumerated(EnumType.STRING)
    @Column(name = "van_status", updatable = false)
    public UitdaagrechtStatus van;

    @Enumerated(EnumType.STRING)
    @Column(name = "naar_status", updatable = false)
    public UitdaagrechtStatus naar;

    /** A step at {@code tijdstip} (the Klok's); the actor is set from the caller's token, never from a body. */
    static UitdaagrechtStatuswijziging nieuw(Uitdaagrechtverzoek verzoek, UitdaagrechtStatus van, UitdaagrechtStatus naar,
            String reden, Instant tijdstip) {
        UitdaagrechtStatuswijziging wijziging = new UitdaagrechtStatuswijziging();
        wijziging.verzoekId = verzoek.id;
        wijziging.verzoek = verzoek;
        wijziging.van = van;
        wijziging.naar = naar;
        wijziging.reden = reden;
        wijziging.tijdstip = tijdstip;
        return wijziging;
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(Uitdaagrechtverzoek.RESOURCE, verzoekId.toString(), verzoek.gemeente,
                Hoofdobject.kernIds(verzoek.kernen, kern -> kern.id));
    }
}
