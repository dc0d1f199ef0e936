package nl.participatiesuite.registry.dorpsbelangenorganisatie;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.registry.common.Contactpersoon;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.regels.ConvenantStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dorpsbelangenorganisatie", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record DorpsbelangenorganisatieResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "Vereniging Dorpsbelang Maurik") String naam,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true) Rechtsvorm rechtsvorm,
        @Schema(required = true, description = "De kernen van de organisatie, op naam van de kern.") List<UUID> kernIds,
        Convenant convenant,
        @Schema(required = true, description = "GEEN zonder convenant; LOPEND tot en met evaluatieUiterlijk; "
                + "EVALUATIE_VERLOPEN daarna (vandaag in Nederlandse tijd).") ConvenantStatus convenantStatus,
        @Schema(required = true) boolean dkkLidmaatschapVergoed,
        Contactpersoon contactpersoon,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    static DorpsbelangenorganisatieResponse of(Organisatiestand stand) {
        Dorpsbelangenorganisatie organisatie = stand.organisatie();
        List<UUID> kernIds = organisatie.kernen.stream()
                .sorted(Comparator.comparing((Kern kern) -> kern.naam).thenComparing(kern -> kern.id))
                .map(kern -> kern.id)
                .toList();
        Convenant convenant = organisatie.convenantGetekendOp == null
                ? null
                : new Convenant(organisatie.convenantGetekendOp, organisatie.convenantEvaluatieUiterlijk);
        return new DorpsbelangenorganisatieResponse(organisatie.id, organisatie.naam, organisatie.gemeente,
                organisatie.rechtsvorm, kernIds, convenant, stand.convenantStatus(), organisatie.dkkLidmaatschapVergoed,
                Contactpersoon.of(organisatie.contactpersoon), organisatie.aangemaaktOp, organisatie.gewijzigdOp);
    }
}
