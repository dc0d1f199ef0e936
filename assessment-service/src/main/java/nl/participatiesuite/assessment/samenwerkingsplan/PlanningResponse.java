package nl.participatiesuite.assessment.samenwerkingsplan;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanningBijBeoordeling", description = "De planning van stap 4 van één beoordeling; de ETag is die "
        + "van de beoordeling.", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record PlanningResponse(
        @Schema(required = true) UUID beoordelingId,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true) List<Planning.GeplandeActiviteit> activiteiten,
        @Schema(required = true) List<Planning.Communicatiemoment> communicatie) implements GemeenteGebonden {

    static PlanningResponse of(PlanningStand stand) {
        return new PlanningResponse(stand.beoordelingId(), stand.gemeente(), stand.planning().activiteiten(),
                stand.planning().communicatie());
    }
}
