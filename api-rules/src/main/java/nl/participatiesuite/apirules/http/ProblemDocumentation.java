package nl.participatiesuite.apirules.http;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The vocabulary of a problem in the contract, taken from the code so that it cannot drift: the codes of
 * {@code invalidParams[].code} are the constants of {@link InvalidParamCode}.
 */
final class ProblemDocumentation {

    private ProblemDocumentation() {
    }

    static void describe(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema invalidParam = openAPI.getComponents().getSchemas().get("InvalidParam");
        if (invalidParam != null && invalidParam.getProperties() != null && invalidParam.getProperties().get("code") != null) {
            invalidParam.getProperties().get("code").enumeration(new ArrayList<>(invalidParamCodes()));
        }
    }

    static List<Object> invalidParamCodes() {
        List<Object> codes = new ArrayList<>();
        for (Field field : InvalidParamCode.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    codes.add(field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("InvalidParamCode's constants are public", e);
                }
            }
        }
        // Sorted: the order of reflected fields is not specified, and the served contract must not change by itself.
        codes.sort(java.util.Comparator.comparing(String::valueOf));
        return codes;
    }
}
