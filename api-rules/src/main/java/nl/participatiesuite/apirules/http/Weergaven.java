package nl.participatiesuite.apirules.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.participatiesuite.apirules.data.CacheOpzoekingen;
import nl.participatiesuite.apirules.data.VersionedRecord;
import nl.participatiesuite.apirules.data.Versiestand;
import nl.participatiesuite.apirules.security.Beller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The JSON of one object as GET by id answers it, kept by the object's {@link Versiestand} and the caller's
 * {@link Beller#zichtklasse()}: a GET then reads one narrow row instead of the object with all its lists, and writes
 * bytes instead of serialising again (bench/RESULTS.md, GET by id). Nothing can be stale: every GET reads the stand
 * from the database first, in every replica, and any write of a row the answer shows gives a new stand. Callers of one
 * zichtklasse see exactly the same fields (PersoonsgegevensAfscherming asks only {@link Beller#magLezen}), so one
 * caller's answer is never shown to a caller who may see less.
 *
 * <p>Bounded: at most {@code suite.weergaven.max-kib} KiB of JSON, least recently used out first.
 */
@Singleton
public class Weergaven {

    /** As Jackson's answers through the REST stack are labelled. */
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    /** Per entry, besides its JSON: key, arrays, the cache's own node. */
    private static final int OVERHEAD_BYTES = 200;

    private final Cache<Sleutel, Weergave> cache;
    private final ObjectMapper mapper;
    private final Beller beller;
    private final CacheOpzoekingen opzoekingen;

    @Inject
    Weergaven(ObjectMapper mapper, Beller beller, MeterRegistry meters,
            @ConfigProperty(name = "suite.weergaven.max-kib", defaultValue = "2048") long maxKib) {
        this.mapper = mapper;
        this.beller = beller;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxKib * 1024)
                .<Sleutel, Weergave>weigher((sleutel, weergave) -> weergave.json().length + OVERHEAD_BYTES)
                .build();
        this.opzoekingen = new CacheOpzoekingen(meters, "weergaven");
    }

    /**
     * The answer for the object at {@code stand}, for this caller; the first time the object is loaded with
     * {@code laad} and written as {@code antwoord} makes it. The caller checked access with the stand's gemeente.
     * {@code soort} is the answer's type: two operations that show one object differently keep their own answers.
     */
    public <E extends VersionedRecord, A> Weergave van(Versiestand stand, Class<A> soort, Supplier<E> laad,
            Function<? super E, ? extends A> antwoord) {
        Sleutel sleutel = new Sleutel(stand, soort, beller.zichtklasse());
        Weergave bewaard = cache.getIfPresent(sleutel);
        if (bewaard != null) {
            opzoekingen.treffer();
            return bewaard;
        }
        opzoekingen.misser();
        E object = laad.get();
        // Loaded after the stand was read, so it may be newer: JSON and ETag both come from what was loaded, so they
        // always belong together; a caller who read the older stand gets the newer answer.
        Weergave weergave = new Weergave(json(antwoord.apply(object)), object.etagVersie());
        cache.put(sleutel, weergave);
        return weergave;
    }

    private byte[] json(Object antwoord) {
        try {
            return mapper.writeValueAsBytes(antwoord);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Sleutel(Versiestand stand, Class<?> soort, String zichtklasse) {
    }

    /** The JSON of one object and the version its ETag names. */
    public record Weergave(byte[] json, long versie) {

        /** 200 with this JSON and its ETag, as the object itself would have been answered. */
        public Response ok() {
            return Response.ok(json, JSON).tag(Preconditions.etag(versie)).build();
        }
    }
}
