package nl.participatiesuite.registry.dorpsbelangenorganisatie;

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
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A convenant cannot be due for evaluation before it was signed. Checked in the same validation
 * pass as the fields, and reported on {@code evaluatieUiterlijk}, so it is listed with them.
 */
@Documented
@Constraint(validatedBy = EvaluatieNaOndertekening.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface EvaluatieNaOndertekening {

    String message() default "evaluatieUiterlijk ligt niet voor getekendOp.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EvaluatieNaOndertekening, Convenant> {

        @Override
        public boolean isValid(Convenant convenant, ConstraintValidatorContext context) {
            if (convenant.getekendOp() == null || convenant.evaluatieUiterlijk() == null
                    || !convenant.evaluatieUiterlijk().isBefore(convenant.getekendOp())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(InvalidParamCode.INCONSISTENT);
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("evaluatieUiterlijk").addConstraintViolation();
            return false;
        }
    }
}
