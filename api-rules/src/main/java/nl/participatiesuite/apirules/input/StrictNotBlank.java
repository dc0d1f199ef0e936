package nl.participatiesuite.apirules.input;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @NotBlank} as the contracts mean it: a text made only of Unicode spaces (U+00A0, U+2007,
 * U+202F) is blank too. Bean Validation's own check uses {@link Character#isWhitespace}, which lets
 * those through, so the contract's pattern and the service would disagree.
 */
@Singleton
public class StrictNotBlank implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false).validatedBy(Validator.class);
        configuration.addMapping(mapping);
    }

    public static class Validator implements ConstraintValidator<NotBlank, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && !Tekst.isLeeg(value.toString());
        }
    }
}
