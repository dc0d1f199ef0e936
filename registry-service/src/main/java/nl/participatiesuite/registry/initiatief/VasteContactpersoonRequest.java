package nl.participatiesuite.registry.initiatief;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.UUID;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The fixed contact of an initiatief at the gemeente (Buren: "een initiatief heeft behoefte aan een
 * vaste contactpersoon"): a kernambtenaar, or another medewerker given by naam and e-mail. The answer shows
 * it as {@link VasteContactpersoon}.
 */
@Schema(name = "VasteContactpersoonRequest",
        description = "Een kernambtenaar (kernambtenaarId) of een andere medewerker (naam en email).")
@VasteContactpersoonRequest.KernambtenaarOfMedewerker
public record VasteContactpersoonRequest(
        @Schema(description = "Een kernambtenaar van dezelfde gemeente.")
        UUID kernambtenaarId,
        @Schema(example = "A. Bakker")
        @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam,
        @Schema(example = "a.bakker@buren.example")
        @Size(max = 320, message = "email is hoogstens 320 tekens.") @Email(message = "email is geen e-mailadres.")
        String email) {

    boolean verwijstNaarKernambtenaar() {
        return kernambtenaarId != null;
    }

    /** Either a kernambtenaarId, or naam and email together: never both, never neither. */
    @Constraint(validatedBy = KernambtenaarOfMedewerker.Validator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface KernambtenaarOfMedewerker {

        String message() default "Noem een kernambtenaarId, of naam en email van een andere medewerker.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<KernambtenaarOfMedewerker, VasteContactpersoonRequest> {

            @Override
            public boolean isValid(VasteContactpersoonRequest contact, ConstraintValidatorContext context) {
                if (contact == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (contact.verwijstNaarKernambtenaar()) {
                    valid &= absent(contact.naam(), "naam", context);
                    valid &= absent(contact.email(), "email", context);
                } else {
                    valid &= present(contact.naam(), "naam", context);
                    valid &= present(contact.email(), "email", context);
                }
                return valid;
            }

            private static boolean absent(String value, String field, ConstraintValidatorContext context) {
                if (value == null) {
                    return true;
                }
                context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(InvalidParamCode.INCONSISTENT);
                context.buildConstraintViolationWithTemplate(
                                field + " hoort niet bij een kernambtenaar: die wordt gevonden via kernambtenaarId.")
                        .addPropertyNode(field).addConstraintViolation();
                return false;
            }

            private static boolean present(String value, String field, ConstraintValidatorContext context) {
                if (!Tekst.isLeeg(value)) {
                    return true;
                }
                context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(InvalidParamCode.REQUIRED);
                context.buildConstraintViolationWithTemplate(
                                field + " is verplicht voor een contactpersoon die geen kernambtenaar is.")
                        .addPropertyNode(field).addConstraintViolation();
                return false;
            }
        }
    }
}
