package nl.participatiesuite.registry.signaleringsgroep;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.registry.regels.Soort;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A signaleringsgroep belongs to a kern; only the whatsapp-coördinator may go without. Checked in
 * the same validation pass as the fields and reported on {@code kernId}, so it is listed with them.
 */
@Documented
@Constraint(validatedBy = KernVerplichtVoorSignaleringsgroep.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface KernVerplichtVoorSignaleringsgroep {

    String message() default "kernId is verplicht voor een signaleringsgroep.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KernVerplichtVoorSignaleringsgroep, SignaleringsgroepRequest> {

        @Override
        public boolean isValid(SignaleringsgroepRequest request, ConstraintValidatorContext context) {
            if (!Soort.SIGNALERINGSGROEP.name().equals(request.soort()) || request.kernId() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(InvalidParamCode.REQUIRED);
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("kernId").addConstraintViolation();
            return false;
        }
    }
}
