package nl.participatiesuite.registry.uitdaagrecht;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** The besluit on an uitdaagrechtverzoek (domain.md §5, "Besluit"); who takes it is the caller (from the token). */
@Schema(name = "UitdaagrechtBesluitRequest")
@BesluitRequest.WeigeringsgrondBijAfwijzing
public record BesluitRequest(
        @Schema(required = true, enumeration = {"TOEGEKEND", "AFGEWEZEN"}, example = "TOEGEKEND")
        @NotNull(message = "besluit is verplicht.") @OneOf(Besluitsoort.class)
        String besluit,
        @Schema(required = true, example = "Het dorp onderhoudt de bermen met meer draagvlak en tegen lagere kosten.")
        @NotBlank(message = "motivering is verplicht.") @Size(max = 4000, message = "motivering is hoogstens 4000 tekens.")
        String motivering,
        @Schema(type = SchemaType.ARRAY, implementation = Weigeringsgrond.class,
                description = "Bij AFGEWEZEN minstens één; bij TOEGEKEND geen.")
        @Size(max = 5, message = "weigeringsgronden noemt elke grond hoogstens één keer.")
        List<@NotNull(message = "weigeringsgronden bevat geen lege waarde.") @OneOf(Weigeringsgrond.class) String> weigeringsgronden,
        @Schema(description = "De dag van het besluit; standaard vandaag. Niet in de toekomst.", example = "2026-12-01")
        @PastOrPresent(message = "besluitdatum ligt niet in de toekomst.")
        LocalDate besluitdatum) {

    Besluitsoort soort() {
        return Besluitsoort.valueOf(besluit);
    }

    /**
     * Rule "an afwijzing names at least one weigeringsgrond" (domain.md §5), and a toekenning names none: reported as
     * an invalid {@code weigeringsgronden}, with the other fields.
     */
    @Constraint(validatedBy = WeigeringsgrondBijAfwijzing.Validator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface WeigeringsgrondBijAfwijzing {

        String message() default "weigeringsgronden noemt minstens één grond wanneer een verzoek wordt afgewezen.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<WeigeringsgrondBijAfwijzing, BesluitRequest> {

            @Override
            public boolean isValid(BesluitRequest request, ConstraintValidatorContext context) {
                if (request == null || request.besluit() == null) {
                    return true;
                }
                boolean zonderGrond = request.weigeringsgronden() == null || request.weigeringsgronden().isEmpty();
                if (Besluitsoort.AFGEWEZEN.name().equals(request.besluit()) && zonderGrond) {
                    return fout(context, InvalidParamCode.REQUIRED, context.getDefaultConstraintMessageTemplate());
                }
                if (Besluitsoort.TOEGEKEND.name().equals(request.besluit()) && !zonderGrond) {
                    return fout(context, InvalidParamCode.INCONSISTENT,
                            "weigeringsgronden horen niet bij een toekenning.");
                }
                return true;
            }

            private static boolean fout(ConstraintValidatorContext context, String code, String melding) {
                context.disableDefaultConstraintViolation();
                context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(code);
                context.buildConstraintViolationWithTemplate(melding).addPropertyNode("weigeringsgronden")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
