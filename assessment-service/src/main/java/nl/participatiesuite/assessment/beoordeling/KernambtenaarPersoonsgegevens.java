package nl.participatiesuite.assessment.beoordeling;

import io.quarkus.jackson.ObjectMapperCustomizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.assessment.engine.Kernambtenaar;

/**
 * The kernambtenaar in an outcome is the engine's own record, which knows no framework (the engine is pure), so its
 * personal fields are marked here: a Jackson mix-in gives naam, email and telefoon the {@link Persoonsgegeven}
 * annotation, and api-rules' PersoonsgegevensAfscherming then leaves them out for callers who may not see them. The
 * contract marks the same fields through {@code mp.openapi.schema} in application.properties (the OpenAPI scanner
 * does not see mix-ins); KernambtenaarPersoonsgegevensTest holds the two together.
 */
@Singleton
public class KernambtenaarPersoonsgegevens implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Kernambtenaar.class, Gemarkeerd.class);
    }

    /** The record's components, annotated: the accessor and the field, whichever Jackson takes for the property. */
    abstract static class Gemarkeerd {

        @Persoonsgegeven
        String naam;

        @Persoonsgegeven
        String email;

        @Persoonsgegeven
        String telefoon;

        @Persoonsgegeven
        abstract String naam();

        @Persoonsgegeven
        abstract String email();

        @Persoonsgegeven
        abstract String telefoon();
    }
}
