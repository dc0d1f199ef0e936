package nl.participatiesuite.registry.beoordeling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.participatiesuite.apirules.notificaties.NotificatieVerwerker;
import nl.participatiesuite.apirules.notificaties.OntvangenNotificatie;
import nl.participatiesuite.registry.initiatief.Initiatief;
import nl.participatiesuite.registry.peer.Beoordelingen;
import nl.participatiesuite.registry.peer.Beoordelingstand;
import nl.participatiesuite.registry.uitdaagrecht.Uitdaagrechtverzoek;

/**
 * Keeps every initiatief's beoordelingId in step with the assessment-service, which owns the link (issue 13): a
 * notification on its kanaal {@code beoordelingen} names a beoordeling, which is then read there (the notification says
 * only that it changed). A beoordeling that names an initiatief of its gemeente becomes that initiatief's beoordeling —
 * the one created or changed last wins; an initiatief that points at a beoordeling which now names another initiatief, or
 * which is gone, loses the link. A deleted beoordeling also leaves the uitdaagrechtverzoeken that named it.
 *
 * <p>Idempotent, since notifications come at least once: the same notification twice changes nothing the second time.
 * When the assessment-service cannot be asked this throws, the sender gets a 503 and delivers again later.
 */
@ApplicationScoped
public class BeoordelingKoppeling implements NotificatieVerwerker {

    static final String KANAAL = "beoordelingen";

    private final Beoordelingen beoordelingen;

    BeoordelingKoppeling(Beoordelingen beoordelingen) {
        this.beoordelingen = beoordelingen;
    }

    @Override
    public void verwerk(OntvangenNotificatie notificatie) {
        UUID id = KANAAL.equals(notificatie.kanaal()) ? uuid(notificatie.hoofdId()) : null;
        if (id == null) {
            return;
        }
        // Asked before the transaction starts: no database connection waits on the assessment-service.
        Beoordelingstand stand = beoordelingen.van(id);
        if (stand instanceof Beoordelingstand.Onbereikbaar) {
            throw new IllegalStateException("De assessment-service kon niet worden gevraagd naar beoordeling " + id);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (stand instanceof Beoordelingstand.Bekend beoordeling) {
                koppel(beoordeling);
            } else {
                ontkoppel(id);
            }
        });
    }

    private static void koppel(Beoordelingstand.Bekend beoordeling) {
        Initiatief.<Initiatief>list("beoordelingId", beoordeling.id()).stream()
                .filter(initiatief -> !initiatief.id.equals(beoordeling.initiatiefId()))
                .forEach(initiatief -> initiatief.beoordelingId = null);
        if (beoordeling.initiatiefId() == null) {
            return;
        }
        Initiatief initiatief = Initiatief.findById(beoordeling.initiatiefId());
        // The assessment-service checked the gemeente when the beoordeling was stored; checked again, because the
        // registry's data is the registry's to guard.
        if (initiatief != null && initiatief.gemeente.equals(beoordeling.gemeente())
                && !beoordeling.id().equals(initiatief.beoordelingId)) {
            initiatief.beoordelingId = beoordeling.id();
        }
    }

    private static void ontkoppel(UUID beoordelingId) {
        Initiatief.<Initiatief>list("beoordelingId", beoordelingId).forEach(initiatief -> initiatief.beoordelingId = null);
        Uitdaagrechtverzoek.<Uitdaagrechtverzoek>list("beoordelingId", beoordelingId)
                .forEach(verzoek -> verzoek.beoordelingId = null);
    }

    private static UUID uuid(String tekst) {
        try {
            return tekst == null ? null : UUID.fromString(tekst);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
