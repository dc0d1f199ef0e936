package nl.participatiesuite.registry.initiatief;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.registry.regels.InitiatiefLevenscyclus;
import nl.participatiesuite.registry.regels.InitiatiefStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** A step in the lifecycle of an initiatief, and why; who takes it is the caller (from the token). */
@Schema(name = "StatuswijzigingRequest")
@StatuswijzigingRequest.RedenBijAfwijzing
public record StatuswijzigingRequest(
        @Schema(required = true, enumeration = {"INGEDIEND", "IN_BEHANDELING", "LOPEND", "AFGEROND", "AFGEWEZEN", "INGETROKKEN"},
                example = "IN_BEHANDELING")
        @NotNull(message = "status is verplicht.") @OneOf(InitiatiefStatus.class)
        String status,
        @Schema(description = "Waarom; verplicht bij AFGEWEZEN.", example = "Past niet binnen het bestemmingsplan.")
        @Size(max = 4000, message = "reden is hoogstens 4000 tekens.")
        String reden) {

    InitiatiefStatus naar() {
        return InitiatiefStatus.valueOf(status);
    }

    /** Rule "AFGEWEZEN ... with a reason": reported as an invalid {@code reden}, with the other fields. */
    @Constraint(validatedBy = RedenBijAfwijzing.Validator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface RedenBijAfwijzing {

        String message() default "reden is verplicht wanneer een initiatief wordt afgewezen.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<RedenBijAfwijzing, StatuswijzigingRequest> {

            @Override
            public boolean isValid(StatuswijzigingRequest request, ConstraintValidatorContext context) {
                if (request == null || !isStatus(request.status())) {
                    return true;
                }
                boolean zonderReden = Tekst.isLeeg(request.reden());
                if (InitiatiefLevenscyclus.vereistReden(request.naar()) && zonderReden) {
                    context.disableDefaultConstraintViolation();
                    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(InvalidParamCode.REQUIRED);
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode("reden").addConstraintViolation();
                    return false;
                }
                return true;
            }

            private static boolean isStatus(String status) {
                for (InitiatiefStatus candidate : InitiatiefStatus.values()) {
                    if (candidate.name().equals(status)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
