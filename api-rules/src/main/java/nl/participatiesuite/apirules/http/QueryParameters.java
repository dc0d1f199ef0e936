package nl.participatiesuite.apirules.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters are part of the contract like body fields: one the operation does not declare
 * ({@code ?gemeent=GM0214}) is a 400 naming it, instead of being ignored so that the client silently
 * gets everything; and a declared one given without a value ({@code ?gemeente=}) is a 400 too,
 * since no filter matches the empty text.
 */
public class QueryParameters {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ResourceInfo resource, UriInfo uriInfo) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> allowed = declared.computeIfAbsent(method, QueryParameters::declaredBy);
        List<Problem.InvalidParam> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : uriInfo.getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (!allowed.contains(name)) {
                problems.add(new Problem.InvalidParam(name, InvalidParamCode.UNEXPECTED,
                        name + " is geen parameter van deze operatie" + (allowed.isEmpty() ? "." : "; kies uit "
                                + String.join(", ", allowed.stream().sorted().toList()) + ".")));
            } else if (parameter.getValue().stream().anyMatch(String::isEmpty)) {
                problems.add(new Problem.InvalidParam(name, InvalidParamCode.REQUIRED,
                        name + " heeft een waarde nodig; laat de parameter weg om er niet op te filteren."));
            } else if (parameter.getValue().size() > 1) {
                problems.add(new Problem.InvalidParam(name, InvalidParamCode.DUPLICATE,
                        name + " mag maar één keer voorkomen."));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    static Set<String> declaredBy(Method method) {
        Set<String> names = new HashSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (int i = 0; i < annotations.length; i++) {
                if (annotations[i] instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] all = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            for (Annotation annotation : all[i]) {
                if (annotation instanceof BeanParam) {
                    names.addAll(declaredBy(types[i]));
                }
            }
        }
        return Set.copyOf(names);
    }

    private static Set<String> declaredBy(Class<?> beanParam) {
        Set<String> names = new HashSet<>();
        for (Class<?> type = beanParam; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
            }
        }
        return names;
    }
}
