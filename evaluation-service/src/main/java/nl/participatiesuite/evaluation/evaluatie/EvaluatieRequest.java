package nl.participatiesuite.evaluation.evaluatie;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.evaluation.regels.Ladderniveau;
import nl.participatiesuite.evaluation.regels.Schaal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A samenwerkingsverslag as written by the gemeente. Enum fields are strings validated by
 * {@link EnumWaarde}, so a wrong value is reported together with every other invalid field.
 */
@Schema(name = "EvaluatieRequest")
@EvaluatieRegels
public record EvaluatieRequest(
        @Schema(required = true, description = "Het initiatief in de registry-service waarover dit verslag gaat.")
        @NotNull(message = "initiatiefId is verplicht.")
        UUID initiatiefId,
        @Schema(required = true, description = "Per doel van het traject: in hoeverre het is behaald.")
        @NotEmpty(message = "doelen: noem minstens één doel van het traject.")
        @Size(max = 30, message = "doelen: hoogstens 30.")
        List<@NotNull(message = "doel ontbreekt.") @Valid Doel> doelen,
        @Schema(description = "Wat hielp.")
        @Size(max = 50, message = "succesfactoren: hoogstens 50.")
        List<@NotNull(message = "succesfactor ontbreekt.") @Valid Les> succesfactoren,
        @Schema(description = "Wat we de volgende keer anders doen.")
        @Size(max = 50, message = "leerpunten: hoogstens 50.")
        List<@NotNull(message = "leerpunt ontbreekt.") @Valid Les> leerpunten,
        @Schema(description = "Wat in de weg zat.")
        @Size(max = 50, message = "knelpunten: hoogstens 50.")
        List<@NotNull(message = "knelpunt ontbreekt.") @Valid Les> knelpunten,
        @Schema(description = "Terugkoppeling aan de deelnemers. Ontbreekt zij, dan wordt het verslag gesignaleerd.")
        @Valid
        Terugkoppeling terugkoppeling,
        @Schema(description = "Oordeel per groep deelnemers, elke groep hoogstens één keer.")
        @Size(max = 4, message = "deelnemersoordelen: hoogstens één per groep.")
        List<@NotNull(message = "oordeel ontbreekt.") @Valid Oordeel> deelnemersoordelen,
        @Schema(required = true, type = SchemaType.STRING, implementation = Ladderniveau.class, description = "Het niveau dat in de praktijk is gehaald.")
        @NotNull(message = "gerealiseerdNiveau is verplicht.")
        @OneOf(value = Ladderniveau.class, message = "gerealiseerdNiveau is een trede van de participatieladder.")
        String gerealiseerdNiveau,
        @Schema(description = "De gebruikte werkvormen, elk met hoe goed ze werkten.")
        @Size(max = 50, message = "werkvormen: hoogstens 50.")
        List<@NotNull(message = "werkvorm ontbreekt.") @Valid Werkvorm> werkvormen,
        @Schema(type = SchemaType.ARRAY, implementation = Valkuil.class,
                description = "De valkuilen (Noordoostpolder) waar het traject in terechtkwam.")
        @Size(max = 10, message = "valkuilen: hoogstens de 10 bekende.")
        List<@NotNull(message = "valkuil ontbreekt.")
                @OneOf(value = Valkuil.class, message = "valkuil is onbekend.") String> valkuilen,
        @Schema(required = true, description = "Gedeeld als leerzaam voorbeeld: leesbaar voor andere gemeenten, zonder persoonsgegevens.")
        @NotNull(message = "gedeeld is verplicht (true of false).")
        Boolean gedeeld,
        @Schema(description = "Thema's om lessen op te groeperen (worden in kleine letters opgeslagen).", example = "[\"verkeer\", \"groen\"]")
        @Size(max = 20, message = "themas: hoogstens 20.")
        List<@NotBlank(message = "thema is leeg.") @Size(max = 100, message = "thema is hoogstens 100 tekens.") String> themas,
        @Schema(description = "Wie het verslag opstelde. Persoonsgegevens: worden nooit gedeeld.")
        @Valid
        Opsteller opsteller) {

    @Schema(name = "DoelUitkomstRequest")
    public record Doel(
            @Schema(required = true, example = "Een veilige oversteek bij de school")
            @NotBlank(message = "omschrijving is verplicht.") @Size(max = 500, message = "omschrijving is hoogstens 500 tekens.")
            String omschrijving,
            @Schema(required = true, type = SchemaType.STRING, implementation = Doelresultaat.class)
            @NotNull(message = "resultaat is verplicht.")
            @OneOf(value = Doelresultaat.class, message = "resultaat is onbekend.")
            String resultaat,
            @Size(max = 2000, message = "toelichting is hoogstens 2000 tekens.")
            String toelichting) {
    }

    @Schema(name = "LesRequest")
    public record Les(
            @Schema(required = true, example = "Vroeg de dorpsbelangenorganisatie betrekken")
            @NotBlank(message = "tekst is verplicht.") @Size(max = 2000, message = "tekst is hoogstens 2000 tekens.")
            String tekst,
            @Schema(description = "Is de les al vastgelegd in regels of werkafspraken?", defaultValue = "false")
            Boolean inRegels) {
    }

    @Schema(name = "TerugkoppelingRequest")
    public record Terugkoppeling(
            @Schema(required = true)
            @NotNull(message = "gegeven is verplicht (true of false).")
            Boolean gegeven,
            @Schema(description = "Hoe is teruggekoppeld (verplicht als gegeven true is).", example = "Bewonersavond en brief")
            @Size(max = 1000, message = "hoe is hoogstens 1000 tekens.")
            String hoe,
            @Schema(description = "Wanneer is teruggekoppeld (verplicht als gegeven true is).", example = "2024-03-01")
            LocalDate wanneer) {
    }

    @Schema(name = "DeelnemersoordeelRequest")
    public record Oordeel(
            @Schema(required = true, type = SchemaType.STRING, implementation = Deelnemersgroep.class)
            @NotNull(message = "groep is verplicht.")
            @OneOf(value = Deelnemersgroep.class, message = "groep is onbekend.")
            String groep,
            @Schema(required = true, minimum = "1", maximum = "10", example = "7")
            @NotNull(message = "score is verplicht.")
            @Min(value = 1, message = "score is minimaal 1.") @Max(value = 10, message = "score is hoogstens 10.")
            Integer score,
            @Schema(description = "Persoonlijke opmerking: wordt nooit gedeeld.")
            @Size(max = 2000, message = "opmerking is hoogstens 2000 tekens.")
            String opmerking) {
    }

    @Schema(name = "WerkvormGebruikRequest")
    public record Werkvorm(
            @Schema(required = true, example = "Enquête")
            @NotBlank(message = "werkvorm is verplicht.") @Size(max = 100, message = "werkvorm is hoogstens 100 tekens.")
            String werkvorm,
            @Schema(required = true, type = SchemaType.STRING, implementation = Schaal.class)
            @NotNull(message = "schaal is verplicht.")
            @OneOf(value = Schaal.class, message = "schaal is onbekend.")
            String schaal,
            @Schema(required = true, minimum = "1", maximum = "5", example = "4", description = "Hoe goed werkte het, 1..5.")
            @NotNull(message = "waardering is verplicht.")
            @Min(value = 1, message = "waardering is minimaal 1.") @Max(value = 5, message = "waardering is hoogstens 5.")
            Integer waardering) {
    }

    /** Personal data (domain.md §4): the contract marks the fields, and shows no example of them. */
    @Schema(name = "OpstellerRequest")
    public record Opsteller(
            @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
            @Size(max = 200, message = "naam is hoogstens 200 tekens.")
            String naam,
            @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
            @Email(message = "email is geen geldig e-mailadres.") @Size(max = 320, message = "email is hoogstens 320 tekens.")
            String email) {
    }
}
