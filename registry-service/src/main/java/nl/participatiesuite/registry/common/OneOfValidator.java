package nl.participatiesuite.registry.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private Set<String> allowed;

    @Override
    public void initialize(OneOf annotation) {
        allowed = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }

    /** Absence is the business of @NotNull/@NotBlank; this only judges a value that is there. */
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || allowed.contains(value);
    }
}
