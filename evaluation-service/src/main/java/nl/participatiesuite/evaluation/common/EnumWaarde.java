package nl.participatiesuite.evaluation.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A string that must be the name of a constant of {@link #value()}. Requests carry enum values as
 * strings with this constraint, rather than as Java enums, so that an unknown value is reported in
 * the same 400 as every other invalid field instead of failing JSON parsing on its own.
 */
@Documented
@Constraint(validatedBy = EnumWaardeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface EnumWaarde {

    Class<? extends Enum<?>> value();

    String message() default "Onbekende waarde.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
