package nl.participatiesuite.apirules.notificaties;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.input.Ids;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AbonnementRequest", description = "Een abonnement op notificaties van deze service.")
public record AbonnementRequest(
        @Schema(description = "Alleen notificaties van deze gemeente (CBS-code). Verplicht voor een beheerder (de eigen"
                + " gemeente); zonder gemeente hoort een systeem-abonnee van alle gemeenten.", example = "GM0214")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
        @Schema(description = "Waar elke notificatie naartoe gaat (POST, CloudEvents JSON); https in productie.",
                required = true, example = "https://voorkant.gemeente.example/notificaties")
        @NotNull(message = "callbackUrl is verplicht.") @Size(max = 2000, message = "callbackUrl is ten hoogste 2000 tekens.")
        @CallbackUrl String callbackUrl,
        @Schema(description = "Optioneel: de waarde van de Authorization-header bij elke aflevering. Wordt nooit teruggegeven.",
                example = "Bearer abonnee-sleutel-voorbeeld", writeOnly = true)
        @Size(max = 2000, message = "autorisatie is ten hoogste 2000 tekens.") String autorisatie,
        @Schema(description = "Het geheim waarmee elke aflevering ondertekend wordt (HMAC-SHA256 over de body, header"
                + " Notificatie-Handtekening: sha256=<hex>). 32 tot 200 tekens; wordt nooit teruggegeven.",
                required = true, example = "een-lang-willekeurig-geheim-van-de-abonnee-0001", writeOnly = true)
        @NotNull(message = "geheim is verplicht.")
        @Size(min = 32, max = 200, message = "geheim is 32 tot 200 tekens.") String geheim,
        @Schema(description = "De kanalen (collecties van deze service) met hun filters; ten minste één.", required = true)
        @NotNull(message = "kanalen is verplicht.") @Size(min = 1, max = 50, message = "kanalen heeft 1 tot 50 kanalen.")
        List<@Valid @NotNull(message = "een kanaal is een object.") KanaalRequest> kanalen) {

    @Schema(name = "KanaalRequest", description = "Eén kanaal en welke van zijn notificaties de abonnee wil.")
    public record KanaalRequest(
            @Schema(description = "Het kanaal: een collectie van deze service (zie GET /api/v1).", required = true,
                    example = "initiatieven")
            @NotNull(message = "naam is verplicht.") @Size(max = 80, message = "naam is ten hoogste 80 tekens.") String naam,
            @Schema(description = "Alleen deze acties (create, update, destroy); leeg of weggelaten: alle.",
                    example = "[\"create\"]")
            @Size(max = 3, message = "acties heeft ten hoogste 3 waarden.")
            List<@NotNull(message = "een actie is create, update of destroy.")
                    @Pattern(regexp = "create|update|destroy", message = "een actie is create, update of destroy.")
                    String> acties,
            @Schema(description = "Alleen notificaties over deze kern (id).", format = "uuid")
            @Pattern(regexp = Ids.UUID_PATTERN, message = "kern is een uuid.") String kern) {
    }
}
