package nl.participatiesuite.registry.uitdaagrecht;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.registry.peer.BeoordelingVerwijzing;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A received uitdaagrechtverzoek, as a medewerker records it. It starts as INGEDIEND; the caller (from the token) is
 * recorded as who registered it. The rule set in force on the ontvangstdatum applies to it for good.
 */
@Schema(name = "UitdaagrechtverzoekRequest")
public record UitdaagrechtverzoekRequest(
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(required = true, description = "De dag waarop de gemeente het verzoek ontving; de beslistermijn loopt vanaf"
                + " hier (Awb 4:13). Niet in de toekomst.", example = "2026-11-02")
        @NotNull(message = "ontvangstdatum is verplicht.")
        @PastOrPresent(message = "ontvangstdatum ligt niet in de toekomst.")
        LocalDate ontvangstdatum,
        @Schema(description = "Kernen van de gemeente waar de taak speelt (0..n).")
        List<UUID> kernIds,
        @Schema(required = true)
        @NotNull(message = "indiener is verplicht.") @Valid
        IndienerRequest indiener,
        @Schema(description = "De taak die de gemeente nu uitvoert en die de indiener wil overnemen.",
                example = "Het maaien en onderhouden van de bermen en het dorpsplein van Zoelen")
        @Size(max = 4000, message = "taakOmschrijving is hoogstens 4000 tekens.")
        String taakOmschrijving,
        @Schema(description = "Wat de taak de gemeente nu per jaar kost, in euro's, als dat bekend is.", example = "18000.00")
        @DecimalMin(value = "0", message = "taakHuidigeJaarkosten is niet negatief.")
        @Digits(integer = 10, fraction = 2, message = "taakHuidigeJaarkosten is een bedrag in euro's met hoogstens twee decimalen.")
        BigDecimal taakHuidigeJaarkosten,
        @Schema(type = SchemaType.ARRAY, implementation = Motiveringsgrond.class,
                description = "Waarom de indiener het beter kan: minstens één voor een volledig verzoek.")
        @Size(max = 4, message = "motiveringsgronden noemt elke grond hoogstens één keer.")
        List<@NotNull(message = "motiveringsgronden bevat geen lege waarde.") @OneOf(Motiveringsgrond.class) String> motiveringsgronden,
        @Schema(example = "Het dorp onderhoudt de bermen met vrijwilligers vaker en met inheemse bloemen.")
        @Size(max = 4000, message = "motivering is hoogstens 4000 tekens.")
        String motivering,
        @Schema(description = "Wie het verzoek steunt en hoe dat bleek.", example = "Handtekeningenactie en een dorpsavond")
        @Size(max = 4000, message = "draagvlakOmschrijving is hoogstens 4000 tekens.")
        String draagvlakOmschrijving,
        @Schema(description = "Hoeveel mensen het verzoek steunen.", example = "240")
        @Min(value = 0, message = "draagvlakAantalSupporters is niet negatief.")
        @Max(value = 10000000, message = "draagvlakAantalSupporters is hoogstens 10000000.")
        Integer draagvlakAantalSupporters,
        @Schema(description = "Hoe de indiener de taak gaat uitvoeren.", example = "Drie maaiploegen van vrijwilligers, een"
                + " aannemer voor het zware werk, elk kwartaal een rapportage.")
        @Size(max = 8000, message = "uitvoeringsplan is hoogstens 8000 tekens.")
        String uitvoeringsplan,
        @Schema(description = "Het gevraagde budget in euro's.", example = "15000.00")
        @DecimalMin(value = "0", message = "gevraagdBudget is niet negatief.")
        @Digits(integer = 10, fraction = 2, message = "gevraagdBudget is een bedrag in euro's met hoogstens twee decimalen.")
        BigDecimal gevraagdBudget,
        @Schema(description = "Wanneer de indiener wil beginnen.", example = "2027-04-01")
        LocalDate gewensteStart,
        @Schema(description = "Hoe lang de indiener de taak wil uitvoeren, in maanden.", example = "24")
        @Min(value = 1, message = "looptijdMaanden is minimaal 1.") @Max(value = 600, message = "looptijdMaanden is hoogstens 600.")
        Integer looptijdMaanden,
        @Schema(description = BeoordelingVerwijzing.IN_VERZOEK)
        UUID beoordelingId,
        @Schema(description = "Een initiatief van dezelfde gemeente; een evaluatie in de evaluation-service hoort bij een "
                + "initiatief, dus zonder initiatief is er geen evaluatie te vinden.")
        UUID initiatiefId) implements VerzoekGegevens {
}
