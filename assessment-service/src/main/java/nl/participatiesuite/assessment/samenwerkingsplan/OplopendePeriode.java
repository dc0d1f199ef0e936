package nl.participatiesuite.assessment.samenwerkingsplan;

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
 * A period ends after it starts (a single day has no end). Class-level, so that it lands in the same 400 as the other
 * invalid fields, reported at {@code ….totEnMet} with code {@code inconsistent}.
 */
@Documented
@Constraint(validatedBy = OplopendePeriode.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface OplopendePeriode {

    String message() default "totEnMet moet na vanaf liggen; laat totEnMet leeg voor één dag.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OplopendePeriode, Periode> {

        @Override
        public boolean isValid(Periode periode, ConstraintValidatorContext context) {
            if (periode == null || periode.vanaf() == null || periode.totEnMet() == null
                    || periode.totEnMet().isAfter(periode.vanaf())) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.withDynamicPayload(InvalidParamCode.INCONSISTENT);
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("totEnMet").addConstraintViolation();
            return false;
        }
    }
}
