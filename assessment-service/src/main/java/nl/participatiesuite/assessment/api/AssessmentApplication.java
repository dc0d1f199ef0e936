package nl.participatiesuite.assessment.api;

import jakarta.ws.rs.core.Application;
import nl.participatiesuite.apirules.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@OpenAPIDefinition(
        info = @Info(title = "assessment-service", version = "1.0.0"),
        components = @Components(schemas = {
                @Schema(name = "Problem", implementation = Problem.class),
                @Schema(name = "JsonWaarde", description = "Een willekeurige JSON-waarde: tekst, getal, waar/onwaar, "
                        + "object, lijst of null.")}))
public class AssessmentApplication extends Application {
}
