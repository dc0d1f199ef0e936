package nl.participatiesuite.registry.uitdaagrecht;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A herstelverzoek (Awb 4:5): the missing parts are named by the ontvankelijkheid rule, not by the caller, so the
 * request says only when it was sent and how long the indiener has.
 */
@Schema(name = "HerstelverzoekRequest")
public record HerstelverzoekRequest(
        @Schema(description = "De dag waarop de gemeente om aanvulling vroeg; standaard vandaag. Niet in de toekomst en "
                + "niet voor de ontvangst.", example = "2026-11-10")
        @PastOrPresent(message = "verzondenOp ligt niet in de toekomst.")
        LocalDate verzondenOp,
        @Schema(description = "De hersteltermijn in dagen; standaard die van de regelset van het verzoek.", example = "14")
        @Min(value = 1, message = "hersteltermijnDagen is minimaal 1.")
        @Max(value = 365, message = "hersteltermijnDagen is hoogstens 365.")
        Integer hersteltermijnDagen,
        @Schema(example = "Stuur het uitvoeringsplan mee, met wie maait en hoe vaak.")
        @Size(max = 4000, message = "toelichting is hoogstens 4000 tekens.")
        String toelichting) {
}
