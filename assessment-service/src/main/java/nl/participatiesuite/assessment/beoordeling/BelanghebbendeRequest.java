package nl.participatiesuite.assessment.beoordeling;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the belangenanalyse; choices as text, see {@link BeoordelingRequest}. */
@Schema(name = "BelanghebbendeRequest")
public record BelanghebbendeRequest(
        @Schema(required = true, example = "Omwonenden van de veldjes")
        @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam,
        @Schema(example = "rust in de straat")
        @Size(max = 1000, message = "belang is hoogstens 1000 tekens.")
        String belang,
        @Schema(required = true, minimum = "1", maximum = "5", example = "3")
        Integer weging,
        @Schema(required = true, description = "Past het plan bij het belang van deze belanghebbende?")
        Boolean pastBijBelang,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"POSITIEF", "NEGATIEF", "GEMENGD", "GEEN"},
                description = "Hoe het plan voor deze belanghebbende uitpakt")
        String gevolgen,
        @Schema(type = SchemaType.STRING, enumeration = {"MEEWETEN", "MEEDENKEN", "MEEDOEN", "MEEBESLISSEN"},
                description = "Het niveau dat de belanghebbende zelf wenst")
        String gewensteInbreng) {
}
