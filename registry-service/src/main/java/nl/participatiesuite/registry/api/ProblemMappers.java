package nl.participatiesuite.registry.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception into problem+json, so that no framework message, class name, stack
 * trace or SQL ever reaches a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return Problems.response(Problems.of(e.status(), e.type(), e.title(), e.getMessage(), request.path(),
                e.invalidParams()));
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.InvalidParam> params = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            params.add(new Problem.InvalidParam(fieldName(violation.getPropertyPath()),
                    code(violation), violation.getMessage()));
        }
        params.sort(Comparator.comparing(Problem.InvalidParam::name).thenComparing(Problem.InvalidParam::code));
        return problem(ProblemException.invalid(params), request);
    }

    /** Listed one by one: Quarkus ships its own mappers for the subtypes, and the most specific wins. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problem(ProblemException.invalid(jsonPath(mapping.getPath()), "invalid",
                    "Waarde heeft niet het juiste type of formaat."), request);
        }
        return Problems.response(Problems.of(400, "ongeldige-json", "Ongeldige JSON",
                "De body is geen geldige JSON.", request.path(), null));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e, HttpServerRequest request) {
        return problem(Preconditions.stale(), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        String badQueryParameter = unconvertibleQueryParameter(e, request);
        if (badQueryParameter != null) {
            return problem(ProblemException.invalid(badQueryParameter, "invalid",
                    badQueryParameter + " heeft niet het juiste formaat."), request);
        }
        if (status >= 500) {
            LOG.error("Onverwachte fout", e);
        }
        return Problems.response(Problems.forStatus(status, request.path()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        // A conflict found only at commit arrives wrapped (RollbackException): judge it by its cause.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return problem(Preconditions.stale(), request);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return problem(databaseConflict(violation), request);
            }
        }
        LOG.error("Onverwachte fout", e);
        return Problems.response(Problems.forStatus(500, request.path()));
    }

    /** A write that a concurrent one made impossible: a duplicate key, or a reference that appeared or vanished. */
    static ProblemException databaseConflict(org.hibernate.exception.ConstraintViolationException violation) {
        return "23505".equals(violation.getSQLState())
                ? ProblemException.conflict("bestaat-al",
                        "Dit bestaat intussen al; lees de actuele stand en probeer het opnieuw.")
                : ProblemException.conflict("verwijzing-gewijzigd",
                        "Een verwijzing van of naar deze resource is intussen gewijzigd; lees de actuele stand en probeer het opnieuw.");
    }

    /**
     * JAX-RS answers a query value it cannot convert (page=abc) with 404, as if the resource did not
     * exist; for the client it is invalid input. The conversion error quotes the value, which names
     * the parameter. A path value that does not convert stays 404: that resource does not exist.
     */
    static String unconvertibleQueryParameter(WebApplicationException e, HttpServerRequest request) {
        if (!(e instanceof NotFoundException) || !(e.getCause() instanceof IllegalArgumentException)
                || e.getCause().getMessage() == null) {
            return null;
        }
        String message = e.getCause().getMessage();
        for (var parameter : request.params()) {
            String value = parameter.getValue();
            if (!value.isEmpty() && (message.contains("\"" + value + "\"") || message.endsWith(": " + value))) {
                return parameter.getKey();
            }
        }
        return null;
    }

    /** {@code create.body.kernIds[0]} becomes {@code kernIds[0]}; a query parameter keeps its own name. */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        Iterator<Path.Node> nodes = path.iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD
                    || (node.getKind() == ElementKind.PARAMETER && nodes.hasNext())) {
                continue;
            }
            // Bean Validation puts a list index on the node after the list: print it as list[i].
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.toString();
    }

    private static String code(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size" -> "size";
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "min";
            case "Max", "DecimalMax" -> "max";
            case "Pattern" -> "pattern";
            case "Email" -> "email";
            case "Digits" -> "digits";
            default -> Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1);
        };
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.toString();
    }
}
