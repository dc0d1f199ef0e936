package nl.participatiesuite.registry.leefbaarheidsbudget;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** The decision on an aanvraag: grant (the asked amount, or less) or reject with a reason. */
@Schema(name = "BesluitRequest")
@BesluitRequest.BesluitCompleet
public record BesluitRequest(
        @Schema(required = true, enumeration = {"TOEKENNEN", "AFWIJZEN"}, example = "TOEKENNEN")
        @NotNull(message = "besluit is verplicht.") @OneOf(Besluit.class)
        String besluit,
        @Schema(description = "Alleen bij TOEKENNEN: meer dan 0 en niet meer dan gevraagdBedrag; "
                + "zonder bedrag wordt het gevraagde bedrag toegekend.", example = "1000.00")
        @DecimalMin(value = "0", inclusive = false, message = "bedrag is meer dan 0.")
        @Digits(integer = 10, fraction = 2, message = "bedrag is een bedrag in euro's met hoogstens twee decimalen.")
        BigDecimal bedrag,
        @Schema(description = "Motivering; verplicht bij AFWIJZEN.", example = "Het budget is bedoeld voor de hele kern.")
        @Size(max = 4000, message = "reden is hoogstens 4000 tekens.")
        String reden) {

    boolean kentToe() {
        return Besluit.TOEKENNEN.name().equals(besluit);
    }

    /** Granting without an amount grants what was asked. */
    BigDecimal toeTeKennen(BigDecimal gevraagdBedrag) {
        return bedrag == null ? gevraagdBedrag : bedrag;
    }

    /** A rejection needs a reason and has no amount. */
    @Constraint(validatedBy = BesluitCompleet.Validator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface BesluitCompleet {

        String message() default "Een afwijzing heeft een reden en geen bedrag.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<BesluitCompleet, BesluitRequest> {

            @Override
            public boolean isValid(BesluitRequest request, ConstraintValidatorContext context) {
                if (request == null || !Besluit.AFWIJZEN.name().equals(request.besluit())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (Tekst.isLeeg(request.reden())) {
                    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(InvalidParamCode.REQUIRED);
                    context.buildConstraintViolationWithTemplate("reden is verplicht bij een afwijzing.")
                            .addPropertyNode("reden").addConstraintViolation();
                    valid = false;
                }
                if (request.bedrag() != null) {
                    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(InvalidParamCode.INCONSISTENT);
                    context.buildConstraintViolationWithTemplate("bedrag hoort alleen bij een toekenning.")
                            .addPropertyNode("bedrag").addConstraintViolation();
                    valid = false;
                }
                return valid;
            }
        }
    }
}
