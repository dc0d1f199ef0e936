package nl.participatiesuite.apirules.notificaties;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A subscriber's callback URL: absolute http(s) with a host, no user name or fragment. A Bean Validation constraint, so it
 * is reported in the same 400 as every other wrong field; whether it must be https depends on the caller
 * ({@link AbonnementService}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Constraint(validatedBy = CallbackUrl.Validator.class)
public @interface CallbackUrl {

    String message() default "callbackUrl is een absolute http(s)-URL met host, zonder gebruikersnaam of fragment.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CallbackUrl, String> {

        @Override
        public boolean isValid(String waarde, ConstraintValidatorContext context) {
            if (waarde == null) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(InvalidParamCode.FORMAT);
            URI uri;
            try {
                uri = new URI(waarde);
            } catch (URISyntaxException e) {
                return false;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))
                    || uri.getFragment() != null || uri.getUserInfo() != null) {
                return false;
            }
            return true;
        }
    }
}
