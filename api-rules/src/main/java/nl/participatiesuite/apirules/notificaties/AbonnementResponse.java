package nl.participatiesuite.apirules.notificaties;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Abonnement", description = "Een abonnement op notificaties; het geheim en de autorisatie worden nooit getoond.", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record AbonnementResponse(
        @Schema(required = true, format = "uuid") UUID id,
        @Schema(description = "Alleen notificaties van deze gemeente; weggelaten: alle gemeenten (systeem-abonnee).",
                example = "GM0214") String gemeente,
        @Schema(required = true, example = "https://voorkant.gemeente.example/notificaties") String callbackUrl,
        @Schema(required = true, description = "Of bij elke aflevering een Authorization-header meegaat.") boolean metAutorisatie,
        @Schema(required = true) List<Kanaalfilter> kanalen) implements GemeenteGebonden {

    public static AbonnementResponse of(Abonnement abonnement) {
        return new AbonnementResponse(abonnement.id, abonnement.gemeente, abonnement.callbackUrl,
                abonnement.autorisatie != null, abonnement.kanaalfilters());
    }
}
