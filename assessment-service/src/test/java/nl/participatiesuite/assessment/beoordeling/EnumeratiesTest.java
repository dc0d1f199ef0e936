package nl.participatiesuite.assessment.beoordeling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.stream.Stream;
import nl.participatiesuite.assessment.engine.Gevolgen;
import nl.participatiesuite.assessment.engine.Initiatiefnemer;
import nl.participatiesuite.assessment.engine.Intensiteit;
import nl.participatiesuite.assessment.engine.Niveau;
import nl.participatiesuite.assessment.engine.Ondersteuning;
import nl.participatiesuite.assessment.engine.Schaal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request reads choices as text and lists the allowed values in the contract by hand (annotation values
 * must be constants); these lists must stay exactly the engine's enums.
 */
class EnumeratiesTest {

    static Stream<Arguments> velden() {
        return Stream.of(
                Arguments.of(BeoordelingRequest.class, "initiatiefnemer", Initiatiefnemer.class),
                Arguments.of(BeoordelingRequest.class, "schaal", Schaal.class),
                Arguments.of(BeoordelingRequest.class, "ondersteuningGevraagd", Ondersteuning.class),
                Arguments.of(BelanghebbendeRequest.class, "gevolgen", Gevolgen.class),
                Arguments.of(BelanghebbendeRequest.class, "gewensteInbreng", Niveau.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("velden")
    void requestVeldNoemtPreciesDeWaardenVanDeEngine(Class<?> request, String veld, Class<? extends Enum<?>> type)
            throws Exception {
        Schema schema = request.getDeclaredField(veld).getAnnotation(Schema.class);
        assertArrayEquals(namen(type), schema.enumeration());
    }

    static Stream<Arguments> filters() {
        return Stream.of(Arguments.of("niveau", Niveau.class), Arguments.of("intensiteit", Intensiteit.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void lijstfilterNoemtPreciesDeWaardenVanDeEngine(String filter, Class<? extends Enum<?>> type) {
        Parameter parameter = Arrays.stream(BeoordelingResource.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("list"))
                .flatMap(m -> Arrays.stream(m.getParameters()))
                .filter(p -> p.getAnnotation(QueryParam.class) != null
                        && p.getAnnotation(QueryParam.class).value().equals(filter))
                .findFirst().orElseThrow();
        assertArrayEquals(namen(type),
                parameter.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class)
                        .schema().enumeration());
    }

    private static String[] namen(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
    }
}
