package nl.participatiesuite.registry.uitdaagrecht;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.regels.VerzoekOnderdeel;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An uitdaagrechtverzoek with its ontvankelijkheid, beslistermijn, besluit and overeenkomst as they stand today. */
@Schema(name = "Uitdaagrechtverzoek", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record UitdaagrechtverzoekResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, example = "2026-11-02") LocalDate ontvangstdatum,
        @Schema(required = true, description = "Kernen, op naam.") List<UUID> kernIds,
        @Schema(required = true) Indiener indiener,
        @Schema(example = "Het maaien en onderhouden van de bermen en het dorpsplein van Zoelen") String taakOmschrijving,
        @Schema(example = "18000.00") BigDecimal taakHuidigeJaarkosten,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Motiveringsgrond.class)
        List<String> motiveringsgronden,
        @Schema(example = "Het dorp onderhoudt de bermen met vrijwilligers vaker en met inheemse bloemen.") String motivering,
        @Schema(example = "Handtekeningenactie en een dorpsavond") String draagvlakOmschrijving,
        @Schema(example = "240") Integer draagvlakAantalSupporters,
        @Schema(example = "Drie maaiploegen van vrijwilligers en een aannemer voor het zware werk.") String uitvoeringsplan,
        @Schema(example = "15000.00") BigDecimal gevraagdBudget,
        @Schema(example = "2027-04-01") LocalDate gewensteStart,
        @Schema(example = "24") Integer looptijdMaanden,
        UUID beoordelingId,
        UUID initiatiefId,
        @Schema(required = true, enumeration = {"INGEDIEND", "IN_BEHANDELING", "TOEGEKEND", "AFGEWEZEN",
                "OVEREENKOMST_GESLOTEN", "IN_UITVOERING", "AFGEROND", "INGETROKKEN", "BUITEN_BEHANDELING"})
        String status,
        @Schema(required = true) Ontvankelijkheid ontvankelijkheid,
        @Schema(required = true) Termijn beslistermijn,
        @Schema(description = "Ontbreekt zolang er geen besluit is.") Besluit besluit,
        @Schema(description = "Ontbreekt zolang er geen overeenkomst is.") Overeenkomst overeenkomst,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    @Schema(name = "UitdaagrechtOntvankelijkheid", description = "Of het verzoek volledig is (taak, motivering, draagvlak, "
            + "uitvoeringsplan), en zo niet wat ontbreekt.")
    public record Ontvankelijkheid(
            @Schema(required = true) boolean volledig,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = VerzoekOnderdeel.class)
            List<String> ontbrekendeOnderdelen,
            @Schema(required = true, description = "Het laatste herstelverzoek is onbeantwoord en zijn hersteltermijn is "
                    + "voorbij: de gemeente kan het verzoek BUITEN_BEHANDELING stellen (Awb 4:5).")
            boolean hersteltermijnVerstreken) {
    }

    @Schema(name = "UitdaagrechtBeslistermijn", description = "Ontvangstdatum + beslistermijn + opgeschorte dagen (Awb 4:13, 4:15).")
    public record Termijn(
            @Schema(required = true, example = "8") int termijnWeken,
            @Schema(required = true, example = "2026-12-28") LocalDate uitersteBeslisdatum,
            @Schema(required = true, description = "Dagen opschorting door herstelverzoeken.", example = "0") long opgeschorteDagen,
            @Schema(required = true, description = "Een herstelverzoek loopt: de datum schuift elke dag op.") boolean opgeschort,
            @Schema(required = true, description = "Besloten na de uiterste beslisdatum, of onbesloten terwijl die voorbij "
                    + "is; blijft zo na een laat besluit.") boolean termijnOverschreden,
            @Schema(required = true, example = "GM0214-2", description = "De regelset die gold op de ontvangstdatum.")
            String regelsetVersie) {
    }

    @Schema(name = "UitdaagrechtBesluit")
    public record Besluit(
            @Schema(required = true, enumeration = {"TOEGEKEND", "AFGEWEZEN"}) String besluit,
            @Schema(required = true) String motivering,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Weigeringsgrond.class)
            List<String> weigeringsgronden,
            @Schema(required = true, example = "2026-12-01") LocalDate besluitdatum) {
    }

    @Schema(name = "UitdaagrechtOvereenkomst")
    public record Overeenkomst(
            @Schema(required = true, example = "2027-04-01") LocalDate start,
            @Schema(required = true, example = "2029-03-31") LocalDate eind,
            @Schema(required = true, example = "15000.00") BigDecimal overgedragenBudget,
            String motiveringHogerBudget,
            @Schema(required = true) String afspraken,
            @Schema(required = true, example = "2028-04-01") LocalDate evaluatiedatum) {
    }

    static UitdaagrechtverzoekResponse of(Verzoekstand stand) {
        Uitdaagrechtverzoek v = stand.verzoek();
        List<UUID> kernIds = v.kernen.stream()
                .sorted(Comparator.comparing((Kern k) -> k.naam).thenComparing(k -> k.id))
                .map(k -> k.id).toList();
        Ontvankelijkheid ontvankelijkheid = new Ontvankelijkheid(stand.ontbrekend().isEmpty(),
                Codes.namen(stand.ontbrekend()), stand.hersteltermijnVerstreken());
        Termijn termijn = new Termijn(stand.beslistermijnWeken(), stand.termijn().uitersteBeslisdatum(),
                stand.termijn().opgeschorteDagen(), stand.termijn().opgeschort(), stand.termijn().termijnOverschreden(),
                v.regelsetVersie);
        Besluit besluit = v.besluit == null ? null : new Besluit(v.besluit.name(), v.besluitMotivering,
                Codes.namen(Codes.los(Weigeringsgrond.class, v.weigeringsgronden)), v.besluitdatum);
        Overeenkomst overeenkomst = v.overeenkomstStart == null ? null : new Overeenkomst(v.overeenkomstStart,
                v.overeenkomstEind, v.overgedragenBudget, v.motiveringHogerBudget, v.afspraken, v.evaluatiedatum);
        return new UitdaagrechtverzoekResponse(v.id, v.gemeente, v.ontvangstdatum, kernIds, Indiener.of(v),
                v.taakOmschrijving, v.taakHuidigeJaarkosten, Codes.namen(Codes.los(Motiveringsgrond.class, v.motiveringsgronden)),
                v.motivering, v.draagvlakOmschrijving, v.draagvlakAantalSupporters, v.uitvoeringsplan, v.gevraagdBudget,
                v.gewensteStart, v.looptijdMaanden, v.beoordelingId, v.initiatief == null ? null : v.initiatief.id,
                v.status.name(), ontvankelijkheid, termijn, besluit, overeenkomst, v.aangemaaktOp, v.gewijzigdOp);
    }
}
