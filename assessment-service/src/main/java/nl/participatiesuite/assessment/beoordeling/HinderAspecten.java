package nl.participatiesuite.assessment.beoordeling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Contract only: the allowed keys of hinderTijdens/hinderNa (the seven aspects) with their 0..6 scale. The
 * request itself reads a map, so that an unknown key is reported instead of failing the whole body.
 */
@Schema(name = "HinderAspecten", description = "Hinder per aspect op de schaal 0 (niet) .. 6 (zeer groot); "
        + "een aspect dat ontbreekt telt als 0. Andere sleutels zijn ongeldig.")
public record HinderAspecten(
        @Schema(name = "UITSTRALING", minimum = "0", maximum = "6") Integer uitstraling,
        @Schema(name = "OVERLAST", minimum = "0", maximum = "6") Integer overlast,
        @Schema(name = "UITZICHT", minimum = "0", maximum = "6") Integer uitzicht,
        @Schema(name = "PRAKTISCH", minimum = "0", maximum = "6") Integer praktisch,
        @Schema(name = "IDEEEL", minimum = "0", maximum = "6") Integer ideeel,
        @Schema(name = "FINANCIEEL", minimum = "0", maximum = "6") Integer financieel,
        @Schema(name = "PRINCIPIEEL", minimum = "0", maximum = "6") Integer principieel) {
}
