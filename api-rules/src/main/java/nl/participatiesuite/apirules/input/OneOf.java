package nl.participatiesuite.apirules.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A text that must name one constant of an enum. Enum fields are read as strings and checked by
 * Bean Validation, so a wrong value is reported together with every other invalid field instead
 * of aborting JSON parsing at the first one. The message always ends with the allowed values.
 * {@code null} is valid: combine with NotNull when
 * the field is required. Document the values with {@code @Schema(enumeration = ...)}.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, METHOD, TYPE_USE})
@Retention(RUNTIME)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The allowed values of an enum as a list for a message: "A, B, C". */
    final class Values {

        private Values() {
        }

        public static String of(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }
    }

    class Validator implements ConstraintValidator<OneOf, String> {

        private String[] allowed;
        private String message;

        @Override
        public void initialize(OneOf annotation) {
            allowed = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toArray(String[]::new);
            // Enum constant names hold no template characters, so the message is safe to interpolate.
            String choice = "Kies één van: " + String.join(", ", allowed) + ".";
            message = annotation.message().isEmpty() ? choice : annotation.message() + " " + choice;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.asList(allowed).contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
