package nl.participatiesuite.apirules.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.StrictJson;
import org.hibernate.StaleStateException;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception into problem+json, so that no framework message, class name, stack
 * trace or SQL ever reaches a client. Every service gets these mappers by depending on api-rules.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return Problems.response(Problems.of(e, request.path()));
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
        return problem(ProblemException.invalid(invalidParams(e.getConstraintViolations())), request);
    }

    /** Bean Validation violations as invalidParams, sorted by field; also for validation the code runs itself. */
    public static List<Problem.InvalidParam> invalidParams(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem.InvalidParam> params = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            params.add(new Problem.InvalidParam(FieldNames.of(violation.getPropertyPath()), code(violation),
                    violation.getMessage()));
        }
        params.sort(Comparator.comparing(Problem.InvalidParam::name).thenComparing(Problem.InvalidParam::code));
        return params;
    }

    /** Listed one by one: Quarkus ships its own mappers for the subtypes, and the most specific wins. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, StreamReadException.class,
            JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            ValueInstantiationException.class, UnrecognizedPropertyException.class, PropertyBindingException.class,
            StrictJson.ControlCharacterException.class})
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (e instanceof JsonParseException && duplicate.find()) {
            return problem(ProblemException.invalid(duplicate.group(1), InvalidParamCode.DUPLICATE,
                    duplicate.group(1) + " staat meer dan eens in de body."), request);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = FieldNames.of(mapping.getPath());
            return problem(ProblemException.invalid(field, codeOf(mapping), reasonOf(mapping, field)), request);
        }
        return Problems.response(Problems.of(400, "ongeldige-json", "Ongeldige JSON",
                "De body is geen geldige JSON, of bevat na de JSON-waarde nog tekst.", request.path(), null));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e, HttpServerRequest request) {
        return problem(Preconditions.stale(), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request, UriInfo uriInfo) {
        int status = e.getResponse().getStatus();
        // Quarkus wraps what the JSON parser refuses (malformed JSON, a duplicate key) in a plain 400.
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, request);
        }
        String badParameter = unconvertibleParameter(e, request, uriInfo);
        if (badParameter != null) {
            return problem(ProblemException.invalid(badParameter, InvalidParamCode.FORMAT,
                    badParameter + " heeft niet het juiste formaat."), request);
        }
        if (status >= 500) {
            LOG.error("Onverwachte fout: " + Foutomschrijving.zonderWaarden(e));
        }
        return Problems.response(Problems.forStatus(status, request.path()));
    }

    /** A unique index or foreign key caught what the service's own check could not see: a concurrent change. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e,
            HttpServerRequest request) {
        return concurrentChange(e.getSQLState()) ? problem(databaseConflict(e.getSQLState()), request)
                : unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        // A conflict found only at commit arrives wrapped (RollbackException): judge it by its cause.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return problem(Preconditions.stale(), request);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && concurrentChange(violation.getSQLState())) {
                return problem(databaseConflict(violation.getSQLState()), request);
            }
            if (databaseOnbereikbaar(cause)) {
                LOG.warn("Database onbereikbaar: " + cause.getClass().getName()
                        + (cause instanceof SQLException sql ? " (SQLSTATE " + sql.getSQLState() + ")" : ""));
                return problem(DATABASE_ONBEREIKBAAR, request);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                // PostgreSQL's "data exception" class: a value the checks above the database let through.
                LOG.warn("Waarde geweigerd door de database (SQLSTATE " + sql.getSQLState() + ")");
                return Problems.response(Problems.of(400, "ongeldige-invoer", "Ongeldige invoer",
                        "Een waarde in het verzoek kan niet worden opgeslagen.", request.path(), null));
            }
        }
        LOG.error("Onverwachte fout: " + Foutomschrijving.zonderWaarden(e));
        return Problems.response(Problems.forStatus(500, request.path()));
    }

    /**
     * PostgreSQL cannot be reached: a connection exception (SQLSTATE class 08: refused, broken), the server shutting
     * down or not accepting connections yet (57P01-57P03), or no connection from the pool within the acquisition
     * timeout (Agroal's SQLException caused by a TimeoutException). Temporary, so a 503 with Retry-After, not a 500.
     */
    static boolean databaseOnbereikbaar(Throwable cause) {
        if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith("08") || state.startsWith("57P"))
                    || sql.getCause() instanceof TimeoutException;
        }
        return false;
    }

    static final ProblemException DATABASE_ONBEREIKBAAR = ProblemException.unavailable("database-onbereikbaar",
            "Tijdelijk niet beschikbaar",
            "De gegevens zijn op dit moment niet bereikbaar. Probeer het over enkele seconden opnieuw.");

    /**
     * A unique (23505) or foreign-key (23503) violation is what a concurrent write causes; any other
     * constraint (not-null, check) means a check above the database is missing: a bug, logged as a 500.
     */
    static boolean concurrentChange(String sqlState) {
        return "23505".equals(sqlState) || "23503".equals(sqlState);
    }

    /** A write that a concurrent one made impossible: a duplicate key, or a reference that appeared or vanished. */
    public static ProblemException databaseConflict(String sqlState) {
        return "23505".equals(sqlState)
                ? ProblemException.conflict("bestaat-al",
                        "Dit bestaat intussen al; lees de actuele stand en probeer het opnieuw.")
                : ProblemException.conflict("verwijzing-gewijzigd",
                        "Een verwijzing van of naar deze resource is intussen gewijzigd; lees de actuele stand en probeer het opnieuw.");
    }

    /**
     * JAX-RS answers a query or path value it cannot convert (page=abc, /kernen/geen-uuid) with 404, as if the
     * resource did not exist; for the client it is invalid input, in a format the contract states (a UUID, a
     * number). The conversion error quotes the value, which names the parameter.
     */
    static String unconvertibleParameter(WebApplicationException e, HttpServerRequest request, UriInfo uriInfo) {
        if (!(e instanceof NotFoundException) || !(e.getCause() instanceof IllegalArgumentException)
                || e.getCause().getMessage() == null) {
            return null;
        }
        String message = e.getCause().getMessage();
        for (var parameter : request.params()) {
            if (quotes(message, parameter.getValue())) {
                return parameter.getKey();
            }
        }
        if (uriInfo != null) {
            for (var parameter : uriInfo.getPathParameters().entrySet()) {
                if (parameter.getValue().stream().anyMatch(value -> quotes(message, value))) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private static boolean quotes(String message, String value) {
        return !value.isEmpty() && (message.contains("\"" + value + "\"") || message.endsWith(": " + value));
    }

    private static String code(ConstraintViolation<?> violation) {
        // Cross-field rules name their own code (duplicate, inconsistent, ...) as dynamic payload.
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        String own = hibernate.getDynamicPayload(String.class);
        if (own != null) {
            return own;
        }
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> InvalidParamCode.REQUIRED;
            case "Size" -> InvalidParamCode.SIZE;
            case "Min", "DecimalMin", "Positive", "PositiveOrZero", "PastOrPresent", "FutureOrPresent", "Future" ->
                    InvalidParamCode.MIN;
            case "Max", "DecimalMax", "Negative", "NegativeOrZero", "Past" -> InvalidParamCode.MAX;
            case "OneOf" -> InvalidParamCode.ENUM;
            case "UniqueElements" -> InvalidParamCode.DUPLICATE;
            case "Email", "Digits" -> InvalidParamCode.FORMAT;
            case "Pattern" -> InvalidParamCode.PATTERN;
            default -> InvalidParamCode.INCONSISTENT;
        };
    }

    private static String codeOf(JsonMappingException e) {
        if (e instanceof StrictJson.ControlCharacterException) {
            return InvalidParamCode.PATTERN;
        }
        if (e instanceof PropertyBindingException) {
            return InvalidParamCode.UNEXPECTED;
        }
        if (e instanceof InvalidFormatException format && format.getValue() instanceof String
                && !(format.getTargetType() != null && Number.class.isAssignableFrom(boxed(format.getTargetType())))) {
            return InvalidParamCode.FORMAT;
        }
        return InvalidParamCode.TYPE;
    }

    private static String reasonOf(JsonMappingException e, String field) {
        if (e instanceof StrictJson.ControlCharacterException) {
            return field + " bevat een stuurteken (zoals NUL); alleen tab en regeleinde zijn toegestaan.";
        }
        if (e instanceof PropertyBindingException) {
            return field + " is geen veld van deze resource.";
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return target == null
                ? field + " heeft niet het juiste type of formaat."
                : field + " moet " + Verwacht.omschrijving(target) + " zijn.";
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() && type != boolean.class ? Number.class : type;
    }
}
