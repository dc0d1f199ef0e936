package nl.participatiesuite.evaluation.evaluatie;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link EvaluatieRegels}. Messages never echo input, so no user text is ever interpolated. */
public class EvaluatieRegelsValidator implements ConstraintValidator<EvaluatieRegels, EvaluatieRequest> {

    @Override
    public boolean isValid(EvaluatieRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = terugkoppelingConsistent(request.terugkoppeling(), context);
        valid &= uniek(request.deelnemersoordelen(), o -> o.groep(), "deelnemersoordelen", "groep",
                "Elke groep geeft hoogstens één oordeel.", context);
        valid &= uniek(request.werkvormen(),
                w -> w.werkvorm() == null || w.schaal() == null ? null
                        : w.werkvorm().strip().toLowerCase(Locale.ROOT) + "@" + w.schaal(),
                "werkvormen", "werkvorm", "Deze werkvorm is al gewaardeerd op deze schaal.", context);
        valid &= uniek(request.valkuilen(), v -> v, "valkuilen", null, "Deze valkuil staat er al.", context);
        valid &= uniek(request.themas(), t -> t == null ? null : t.strip().toLowerCase(Locale.ROOT), "themas", null,
                "Dit thema staat er al.", context);
        return valid;
    }

    private static boolean terugkoppelingConsistent(EvaluatieRequest.Terugkoppeling t, ConstraintValidatorContext context) {
        if (t == null || t.gegeven() == null) {
            return true;
        }
        boolean valid = true;
        if (t.gegeven()) {
            if (t.hoe() == null || t.hoe().isBlank()) {
                valid = violation(context, InvalidParamCode.REQUIRED, "hoe is verplicht als er is teruggekoppeld.", "terugkoppeling", "hoe");
            }
            if (t.wanneer() == null) {
                valid = violation(context, InvalidParamCode.REQUIRED, "wanneer is verplicht als er is teruggekoppeld.", "terugkoppeling", "wanneer");
            }
        } else {
            if (t.hoe() != null && !t.hoe().isBlank()) {
                valid = violation(context, InvalidParamCode.INCONSISTENT, "hoe hoort leeg te zijn als er niet is teruggekoppeld.",
                        "terugkoppeling", "hoe");
            }
            if (t.wanneer() != null) {
                valid = violation(context, InvalidParamCode.INCONSISTENT, "wanneer hoort leeg te zijn als er niet is teruggekoppeld.",
                        "terugkoppeling", "wanneer");
            }
        }
        return valid;
    }

    /** Reports every repeat of a key (after its first occurrence) at {@code list[i]} or {@code list[i].field}. */
    private static <T> boolean uniek(List<T> items, Function<T, Object> key, String list, String field, String message,
            ConstraintValidatorContext context) {
        if (items == null) {
            return true;
        }
        boolean valid = true;
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            Object value = item == null ? null : key.apply(item);
            if (value != null && !seen.add(value)) {
                valid = false;
                HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
                hibernate.withDynamicPayload(InvalidParamCode.DUPLICATE);
                var builder = hibernate.buildConstraintViolationWithTemplate(message);
                if (field == null) {
                    builder.addPropertyNode(list).addContainerElementNode("<list element>", List.class, 0)
                            .inIterable().atIndex(i).addConstraintViolation();
                } else {
                    builder.addPropertyNode(list).addPropertyNode(field).inIterable().atIndex(i).addConstraintViolation();
                }
            }
        }
        return valid;
    }

    private static boolean violation(ConstraintValidatorContext context, String code, String message, String parent,
            String field) {
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.withDynamicPayload(code);
        hibernate.buildConstraintViolationWithTemplate(message).addPropertyNode(parent).addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }
}
