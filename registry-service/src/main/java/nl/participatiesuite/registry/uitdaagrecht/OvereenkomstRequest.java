package nl.participatiesuite.registry.uitdaagrecht;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The overeenkomst on a granted verzoek (domain.md §5, "Overeenkomst"). Whether the budget needs a motivering depends
 * on the verzoek's taak (its current yearly cost), so the service checks that rule, not this record.
 */
@Schema(name = "UitdaagrechtOvereenkomstRequest")
@OvereenkomstRequest.Datumvolgorde
public record OvereenkomstRequest(
        @Schema(required = true, example = "2027-04-01")
        @NotNull(message = "start is verplicht.")
        LocalDate start,
        @Schema(required = true, description = "Na start.", example = "2029-03-31")
        @NotNull(message = "eind is verplicht.")
        LocalDate eind,
        @Schema(required = true, description = "Het budget dat de gemeente overdraagt, in euro's.", example = "15000.00")
        @NotNull(message = "overgedragenBudget is verplicht.")
        @DecimalMin(value = "0", message = "overgedragenBudget is niet negatief.")
        @Digits(integer = 10, fraction = 2, message = "overgedragenBudget is een bedrag in euro's met hoogstens twee decimalen.")
        BigDecimal overgedragenBudget,
        @Schema(description = "Verplicht wanneer het budget hoger is dan wat de taak de gemeente nu per jaar kost, of die "
                + "kosten onbekend zijn.", example = "Het dorp neemt ook het plein erbij.")
        @Size(max = 4000, message = "motiveringHogerBudget is hoogstens 4000 tekens.")
        String motiveringHogerBudget,
        @Schema(required = true, description = "Afspraken over kwaliteit en rapportage.",
                example = "Maaien volgens het bermbeheerplan; elk kwartaal een rapportage aan de kernambtenaar.")
        @NotBlank(message = "afspraken is verplicht.") @Size(max = 8000, message = "afspraken is hoogstens 8000 tekens.")
        String afspraken,
        @Schema(required = true, description = "Niet voor start. Na deze dag staat het verzoek bij de te evalueren.",
                example = "2028-04-01")
        @NotNull(message = "evaluatiedatum is verplicht.")
        LocalDate evaluatiedatum) {

    /** The eind after the start, the evaluation not before it: each reported on its own field. */
    @Constraint(validatedBy = Datumvolgorde.Validator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface Datumvolgorde {

        String message() default "De data van de overeenkomst staan niet in volgorde.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Datumvolgorde, OvereenkomstRequest> {

            @Override
            public boolean isValid(OvereenkomstRequest request, ConstraintValidatorContext context) {
                if (request == null || request.start() == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (request.eind() != null && !request.eind().isAfter(request.start())) {
                    valid = fout(context, "eind", "eind ligt na start.");
                }
                if (request.evaluatiedatum() != null && request.evaluatiedatum().isBefore(request.start())) {
                    valid = fout(context, "evaluatiedatum", "evaluatiedatum ligt niet voor start.");
                }
                return valid;
            }

            private static boolean fout(ConstraintValidatorContext context, String veld, String melding) {
                context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(InvalidParamCode.INCONSISTENT);
                context.buildConstraintViolationWithTemplate(melding).addPropertyNode(veld).addConstraintViolation();
                return false;
            }
        }
    }
}
