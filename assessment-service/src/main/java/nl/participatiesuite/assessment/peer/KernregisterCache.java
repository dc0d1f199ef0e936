package nl.participatiesuite.assessment.peer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Klok;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The kernen and their kernambtenaren (the aanspreekpunt, domain.md §2), kept in this service so that a computation
 * makes no call to the registry for them (issue 9), loaded with this service's own token and refreshed in the
 * background like the {@link WerkvormkennisCache}. An unknown kern (404) is an answer and kept too; the number of
 * entries is capped, so made-up ids cannot fill the memory.
 *
 * <p>The kernambtenaren's names, e-mail addresses and phone numbers are personal data of the kern's gemeente: this
 * cache holds them for the service, never for a caller; the computation hands them only to callers who may see them
 * (KernBepaling asks {@code Beller.magPersoonsgegevensZien} first), and the JSON output leaves them out for anyone else
 * (KernambtenaarPersoonsgegevens). An erasure at the registry reaches this cache with the next refresh.
 */
@ApplicationScoped
public class KernregisterCache {

    record KernambtenarenSleutel(String gemeente, UUID kernId) {
    }

    /** Far more kernen than the gemeenten using this service have. */
    private static final int MAXIMUM_AANTAL = 20_000;

    private final Achtergrondcache<UUID, KernOpvraging> kernen;
    private final Achtergrondcache<KernambtenarenSleutel, KernambtenarenOpvraging.Gevonden> kernambtenaren;

    KernregisterCache(Register register, Klok klok, MeterRegistry meters,
            Achtergrondwerk achtergrond,
            @ConfigProperty(name = "assessment.cache.maximale-leeftijd") Duration maximaleLeeftijd,
            @ConfigProperty(name = "assessment.cache.opnieuw-na") Duration opnieuwNa,
            @ConfigProperty(name = "assessment.cache.ongebruikt-na") Duration ongebruiktNa) {
        Achtergrondcache.Instelling instelling = new Achtergrondcache.Instelling(maximaleLeeftijd, opnieuwNa,
                ongebruiktNa, MAXIMUM_AANTAL);
        this.kernen = new Achtergrondcache<>("kernen", id -> kern(register.kern(id)), klok::nu, achtergrond,
                instelling, meters);
        this.kernambtenaren = new Achtergrondcache<>("kernambtenaren",
                sleutel -> kernambtenaren(register.kernambtenaren(sleutel.gemeente(), sleutel.kernId())), klok::nu,
                achtergrond, instelling, meters);
    }

    /** For one computation: the kern, or {@link KernOpvraging.Onbereikbaar} when it never loaded. */
    public Gecached<KernOpvraging> kern(UUID id) {
        Achtergrondcache.Gelezen<KernOpvraging> gelezen = kernen.lees(id);
        return new Gecached<>(gelezen.waarde() == null ? new KernOpvraging.Onbereikbaar() : gelezen.waarde(),
                gelezen.bijgewerktOp(), gelezen.status());
    }

    /** For one computation whose caller may see them: the kern's kernambtenaren, or Onbereikbaar. */
    public Gecached<KernambtenarenOpvraging> kernambtenaren(String gemeente, UUID kernId) {
        Achtergrondcache.Gelezen<KernambtenarenOpvraging.Gevonden> gelezen =
                kernambtenaren.lees(new KernambtenarenSleutel(gemeente, kernId));
        return new Gecached<>(gelezen.waarde() == null ? new KernambtenarenOpvraging.Onbereikbaar() : gelezen.waarde(),
                gelezen.bijgewerktOp(), gelezen.status());
    }

    /** Loads this kern and its kernambtenaren again: it or one of its kernambtenaren changed (a notification). */
    public void vernieuwKern(UUID kernId) {
        kernen.vernieuw(kernId::equals);
        kernambtenaren.vernieuw(sleutel -> sleutel.kernId().equals(kernId));
    }

    /** Loads every entry in use again; entries nobody read for {@code assessment.cache.ongebruikt-na} are dropped. */
    public void vernieuwAlles() {
        kernen.vernieuwAlles();
        kernambtenaren.vernieuwAlles();
    }

    @Scheduled(identity = "kernregister-verversen", every = "${assessment.cache.verversing}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void volgensSchema() {
        vernieuwAlles();
    }

    private static Optional<KernOpvraging> kern(KernOpvraging antwoord) {
        return antwoord instanceof KernOpvraging.Onbereikbaar ? Optional.empty() : Optional.of(antwoord);
    }

    private static Optional<KernambtenarenOpvraging.Gevonden> kernambtenaren(KernambtenarenOpvraging antwoord) {
        return antwoord instanceof KernambtenarenOpvraging.Gevonden gevonden ? Optional.of(gevonden) : Optional.empty();
    }
}
