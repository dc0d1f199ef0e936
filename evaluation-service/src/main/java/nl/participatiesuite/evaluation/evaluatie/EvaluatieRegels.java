package nl.participatiesuite.evaluation.evaluatie;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules of a report that span fields: consistent terugkoppeling, each deelnemersgroep, valkuil,
 * werkvorm-at-a-schaal and thema at most once. A class-level constraint, so these land in the same
 * 400 as the single-field errors.
 */
@Documented
@Constraint(validatedBy = EvaluatieRegelsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface EvaluatieRegels {

    String message() default "Het verslag is niet consistent.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
