package nl.participatiesuite.registry.regelset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.registry.regels.Verordeningsregels;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistryRegelset", description = "Een gepubliceerde, onveranderlijke versie van de registerregels van een "
        + "gemeente, of de standaardregelset (zonder id, gemeente en ingangsdatum).")
public record RegelsetResponse(
        @Schema(description = "Leeg voor de standaardregelset") UUID id,
        @Schema(description = "Leeg voor de standaardregelset", example = "GM0214") String gemeente,
        @Schema(required = true, example = "2", description = "Volgnummer per gemeente; de standaardregelset is 1") int versie,
        @Schema(required = true, example = "GM0214-2", description = "Zoals elke uitkomst hem noemt in regelsetVersie")
        String naam,
        @Schema(description = "Leeg voor de standaardregelset") LocalDate ingangsdatum,
        String toelichting,
        @Schema(required = true) Regels regels,
        @Schema(description = "Leeg voor de standaardregelset") Instant gepubliceerdOp) implements GemeenteGebonden {

    @Schema(name = "RegistryRegels", description = "De waarden van een regelset.")
    public record Regels(
            @Schema(required = true, example = "375.00") BigDecimal onkostenvergoedingBasisbedrag,
            @Schema(required = true, example = "2020") int onkostenvergoedingBasisjaar,
            @Schema(required = true, example = "5000.00") BigDecimal incidenteleOndersteuningJaarplafond,
            @Schema(required = true, example = "2") int minimaalAantalKernambtenaren,
            @Schema(required = true, example = "8") int beslistermijnWeken,
            @Schema(required = true, example = "14") int hersteltermijnDagen) {

        static Regels of(Verordeningsregels r) {
            return new Regels(r.onkostenvergoedingBasisbedrag(), r.onkostenvergoedingBasisjaar(),
                    r.incidenteleOndersteuningJaarplafond(), r.minimaalAantalKernambtenaren(), r.beslistermijnWeken(),
                    r.hersteltermijnDagen());
        }
    }

    static RegelsetResponse standaard() {
        return new RegelsetResponse(null, null, 1, Verordeningsregels.STANDAARD_LABEL, null,
                "De standaardregelset van het register (domain.md): € 375 in 2020, € 5.000 per jaar, twee "
                        + "kernambtenaren, acht weken beslistermijn.", Regels.of(Verordeningsregels.standaard()), null);
    }

    static RegelsetResponse of(Regelset regelset) {
        return new RegelsetResponse(regelset.id, regelset.gemeente, regelset.versie,
                GeldendeRegelset.label(regelset.gemeente, regelset.versie), regelset.ingangsdatum, regelset.toelichting,
                Regels.of(regelset.regels()), regelset.gepubliceerdOp);
    }

    /** The version in force: a published one, or the default (null). */
    static RegelsetResponse ofGeldend(Regelset regelset) {
        return regelset == null ? standaard() : of(regelset);
    }
}
