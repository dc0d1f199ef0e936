package nl.participatiesuite.assessment.traject;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.traject.domain.TrajectStap;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Samenwerkingstraject", description = "Een (intergemeentelijk) samenwerkingstraject volgens het "
        + "BINNO-processchema: 5 fasen, 16 stappen, een terugkoppelingsmoment tussen de fasen.", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record TrajectResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true) String naam,
        String omschrijving,
        @Schema(required = true) List<String> partners,
        @Schema(required = true) StapResponse huidigeStap,
        @Schema(required = true) FaseResponse huidigeFase,
        @Schema(required = true, description = "Het college rapporteerde en de raad stelde de kaders vast voor de "
                + "huidige fase: de volgende fase is open") boolean faseKanWordenVerlaten,
        @Schema(required = true, description = "Alle 16 stappen met hun fase") List<StapResponse> stappen,
        @Schema(required = true, description = "Geldige terugkoppelingsmomenten, per fase") List<TerugkoppelingResponse> terugkoppelingen,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    private static final List<StapResponse> ALLE_STAPPEN = Arrays.stream(TrajectStap.values()).map(StapResponse::of).toList();

    static TrajectResponse of(Traject traject, JsonKolommen json) {
        StapResponse huidig = StapResponse.of(traject.huidigeStap);
        List<TerugkoppelingResponse> terugkoppelingen = traject.terugkoppelingen.stream()
                .sorted(Comparator.comparing(t -> t.fase))
                .map(TerugkoppelingResponse::of)
                .toList();
        boolean kanVerlaten = terugkoppelingen.stream().anyMatch(t -> t.fase() == huidig.fase() && t.volledig());
        return new TrajectResponse(traject.id, traject.gemeente, traject.naam, traject.omschrijving,
                traject.leesPartners(json), huidig, FaseResponse.of(huidig.fase()), kanVerlaten, ALLE_STAPPEN, terugkoppelingen, traject.aangemaaktOp,
                traject.gewijzigdOp);
    }
}
