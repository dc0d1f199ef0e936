package nl.participatiesuite.registry.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.stream.Stream;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.registry.initiatief.InitiatiefRequest;
import nl.participatiesuite.registry.initiatief.InitiatiefResource;
import nl.participatiesuite.registry.initiatief.InitiatiefResponse;
import nl.participatiesuite.registry.initiatief.InitiatiefWijziging;
import nl.participatiesuite.registry.initiatief.Initiatiefnemer;
import nl.participatiesuite.registry.initiatief.InitiatiefnemerType;
import nl.participatiesuite.registry.initiatief.Overheidsrol;
import nl.participatiesuite.registry.initiatief.Schaal;
import nl.participatiesuite.registry.initiatief.StatuswijzigingRequest;
import nl.participatiesuite.registry.initiatief.StatuswijzigingResponse;
import nl.participatiesuite.registry.leefbaarheidsbudget.AanvraagResource;
import nl.participatiesuite.registry.leefbaarheidsbudget.AanvraagResponse;
import nl.participatiesuite.registry.leefbaarheidsbudget.AanvraagStatus;
import nl.participatiesuite.registry.leefbaarheidsbudget.Beslismodus;
import nl.participatiesuite.registry.leefbaarheidsbudget.Besluit;
import nl.participatiesuite.registry.leefbaarheidsbudget.BesluitRequest;
import nl.participatiesuite.registry.leefbaarheidsbudget.LeefbaarheidsbudgetRequest;
import nl.participatiesuite.registry.leefbaarheidsbudget.LeefbaarheidsbudgetResponse;
import nl.participatiesuite.registry.leefbaarheidsbudget.LeefbaarheidsbudgetWijziging;
import nl.participatiesuite.registry.regels.InitiatiefStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Enum fields travel as strings (so that every wrong one is reported at once) and the contract lists
 * their values in {@code @Schema(enumeration)}: these lists must stay equal to the Java enums, and
 * what {@link OneOf} accepts must be what the contract documents.
 */
class OneOfSchemaTest {

    static Stream<Arguments> enumVelden() throws Exception {
        return Stream.of(
                field(InitiatiefRequest.class, "schaal", Schaal.class),
                field(InitiatiefRequest.class, "overheidsrol", Overheidsrol.class),
                field(InitiatiefWijziging.class, "schaal", Schaal.class),
                field(InitiatiefWijziging.class, "overheidsrol", Overheidsrol.class),
                field(Initiatiefnemer.class, "type", InitiatiefnemerType.class),
                field(InitiatiefResponse.class, "schaal", Schaal.class),
                field(InitiatiefResponse.class, "status", InitiatiefStatus.class),
                field(InitiatiefResponse.class, "overheidsrol", Overheidsrol.class),
                field(StatuswijzigingRequest.class, "status", InitiatiefStatus.class),
                field(StatuswijzigingResponse.class, "van", InitiatiefStatus.class),
                field(StatuswijzigingResponse.class, "naar", InitiatiefStatus.class),
                field(LeefbaarheidsbudgetRequest.class, "beslismodus", Beslismodus.class),
                field(LeefbaarheidsbudgetWijziging.class, "beslismodus", Beslismodus.class),
                field(LeefbaarheidsbudgetResponse.class, "beslismodus", Beslismodus.class),
                field(BesluitRequest.class, "besluit", Besluit.class),
                field(AanvraagResponse.class, "status", AanvraagStatus.class),
                queryParam(InitiatiefResource.class, "status", InitiatiefStatus.class),
                queryParam(AanvraagResource.class, "status", AanvraagStatus.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumVelden")
    void documentedValuesAreTheEnumConstants(String waar, AnnotatedElement element, Class<? extends Enum<?>> type) {
        String[] constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
        assertArrayEquals(constants, enumeration(element), waar + " documents other values than " + type.getSimpleName());
        OneOf oneOf = element.getAnnotation(OneOf.class);
        if (oneOf != null) {
            assertEquals(type, oneOf.value(), waar + " validates against another enum");
        }
    }

    private static String[] enumeration(AnnotatedElement element) {
        Schema schema = element.getAnnotation(Schema.class);
        if (schema == null) {
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter parameter =
                    element.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
            assertNotNull(parameter, "no @Schema or @Parameter on " + element);
            schema = parameter.schema();
        }
        return schema.enumeration();
    }

    private static Arguments field(Class<?> record, String name, Class<? extends Enum<?>> type) throws Exception {
        return Arguments.of(record.getSimpleName() + "." + name, record.getDeclaredField(name), type);
    }

    private static Arguments queryParam(Class<?> resource, String name, Class<? extends Enum<?>> type) {
        for (Method method : resource.getDeclaredMethods()) {
            for (Parameter parameter : method.getParameters()) {
                QueryParam query = parameter.getAnnotation(QueryParam.class);
                if (query != null && query.value().equals(name)) {
                    return Arguments.of(resource.getSimpleName() + "?" + name, parameter, type);
                }
            }
        }
        throw new IllegalArgumentException("No query parameter " + name + " on " + resource);
    }
}
