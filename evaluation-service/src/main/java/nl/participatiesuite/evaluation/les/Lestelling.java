package nl.participatiesuite.evaluation.les;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many lessons a kern or theme has, and how many are still waiting to be laid down in rules. */
@Schema(name = "Lestelling")
public record Lestelling(
        @Schema(required = true, example = "3") long aantalEvaluaties,
        @Schema(required = true, example = "4") long aantalLeerpunten,
        @Schema(required = true, example = "2") long aantalKnelpunten,
        @Schema(required = true, example = "5", description = "Leerpunten en knelpunten die nog niet in regels zijn vastgelegd")
        long aantalNogNietInRegels) {
}
