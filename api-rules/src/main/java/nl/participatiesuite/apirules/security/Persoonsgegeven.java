package nl.participatiesuite.apirules.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A personal field of domain.md §4: a name, e-mail address, phone number or free-text contact of a natural
 * person. On a response field it is left out for callers who may not see it ({@link PersoonsgegevensAfscherming});
 * on an entity field the audit trail records that it changed, never its value ({@code AuditInterceptor}).
 * The OpenAPI document marks such a property with {@code x-persoonsgegeven: true} and never requires it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Persoonsgegeven {

    /** The OpenAPI extension that marks a personal property. */
    String OPENAPI_KENMERK = "x-persoonsgegeven";
}
