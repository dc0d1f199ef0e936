package nl.participatiesuite.registry.api;

import jakarta.ws.rs.core.Application;
import nl.participatiesuite.apirules.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@OpenAPIDefinition(
        info = @Info(title = "registry-service", version = "1.1.0"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class RegistryApplication extends Application {
}
