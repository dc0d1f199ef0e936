package nl.participatiesuite.apirules.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Leaves personal fields (domain.md §4) out of every JSON response for callers who may not see them:
 * anonymous callers and callers of another gemeente. A field is personal when its schema carries the
 * extension {@value Persoonsgegeven#OPENAPI_KENMERK} (so the contract says so too) or it is annotated
 * {@link Persoonsgegeven}. The gemeente that decides is that of the nearest enclosing {@link GemeenteGebonden}
 * object, else the one the resource named with {@link Beller#antwoordHoortBij}; with neither, the field is left out.
 * An object that is {@link MogelijkNatuurlijkPersoon} and says it describes no natural person shows them.
 */
@Singleton
public class PersoonsgegevensAfscherming implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("persoonsgegevens").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                    List<BeanPropertyWriter> properties) {
                List<BeanPropertyWriter> result = new ArrayList<>(properties.size());
                for (BeanPropertyWriter property : properties) {
                    result.add(isPersoonsgegeven(property) ? new Afgeschermd(property) : property);
                }
                return result;
            }
        }));
    }

    static boolean isPersoonsgegeven(BeanPropertyWriter property) {
        if (property.getAnnotation(Persoonsgegeven.class) != null) {
            return true;
        }
        Schema schema = property.getAnnotation(Schema.class);
        if (schema != null) {
            for (Extension extension : schema.extensions()) {
                if (Persoonsgegeven.OPENAPI_KENMERK.equals(extension.name()) && "true".equals(extension.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the personal fields of the object now being written may be shown to this caller. */
    static boolean zichtbaar(Object bean, JsonGenerator generator) {
        if (bean instanceof MogelijkNatuurlijkPersoon mogelijk && !mogelijk.beschrijftNatuurlijkPersoon()) {
            return true;
        }
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return false;
        }
        Beller beller = Arc.container().instance(Beller.class).get();
        String gemeente = bean instanceof GemeenteGebonden gebonden ? gebonden.gemeenteVanPersoonsgegevens() : null;
        for (JsonStreamContext context = generator.getOutputContext(); gemeente == null && context != null;
                context = context.getParent()) {
            if (context.getCurrentValue() instanceof GemeenteGebonden gebonden) {
                gemeente = gebonden.gemeenteVanPersoonsgegevens();
            }
        }
        if (gemeente == null) {
            gemeente = beller.gemeenteVanAntwoord();
        }
        return beller.magPersoonsgegevensZien(gemeente);
    }

    static final class Afgeschermd extends BeanPropertyWriter {

        Afgeschermd(BeanPropertyWriter property) {
            super(property);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider) throws Exception {
            if (zichtbaar(bean, generator)) {
                super.serializeAsField(bean, generator, provider);
            }
        }
    }
}
