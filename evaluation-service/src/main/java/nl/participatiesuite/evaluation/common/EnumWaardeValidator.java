package nl.participatiesuite.evaluation.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks {@link EnumWaarde}; the message lists the allowed values so the client can correct itself. */
public class EnumWaardeValidator implements ConstraintValidator<EnumWaarde, String> {

    private Set<String> toegestaan;
    private String melding;

    @Override
    public void initialize(EnumWaarde annotation) {
        Enum<?>[] constants = annotation.value().getEnumConstants();
        toegestaan = Arrays.stream(constants).map(Enum::name).collect(Collectors.toUnmodifiableSet());
        // Enum constant names contain no template characters, so the message is safe to interpolate.
        melding = annotation.message() + " Toegestaan: "
                + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")) + ".";
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || toegestaan.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(melding).addConstraintViolation();
        return false;
    }
}
