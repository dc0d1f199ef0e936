package nl.participatiesuite.assessment.beoordeling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.assessment.engine.DoelSamenwerking;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answers of one beoordeling (domain.md §2 "Input") plus where it belongs. Choices arrive as text and
 * the hinder maps with text keys, so that every unknown value is reported in the same 400 as the other
 * invalid fields ({@link InvoerOmzetting}); Jackson would stop at the first unknown enum value. The allowed
 * values are listed in the contract; EnumeratiesTest keeps those lists equal to the engine's enums.
 */
@Schema(name = "BeoordelingRequest", description = "De antwoorden van de samenwerkingswijzer voor één plan.")
public record BeoordelingRequest(
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN,
                description = "De gemeente (CBS-code); haar nieuwste regelset wordt gebruikt")
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(format = "uuid", description = "Initiatief in de registry-service, dat het register moet kennen; zonder"
                + " kernId telt de eerste kern van het initiatief, en wat het verzoek weglaat van doel, activiteit,"
                + " initiatiefnemer en schaal wordt van het initiatief overgenomen. Deze service is eigenaar van de"
                + " koppeling tussen beoordeling en initiatief; de registry houdt het beoordelingId van het initiatief"
                + " bij uit de notificaties van deze service (kanaal beoordelingen).")
        String initiatiefId,
        @Schema(format = "uuid", description = "Kern in de registry-service: bepaalt het aanspreekpunt (kernambtenaar)")
        String kernId,
        @Schema(example = "We willen de gezondheid van jongeren verbeteren",
                description = "Wat het plan wil bereiken. " + VAN_INITIATIEF)
        @Size(max = 2000, message = "doel is hoogstens 2000 tekens.")
        String doel,
        @Schema(example = "Daarom willen we 3 sportveldjes realiseren",
                description = "Wat het plan daarvoor doet. " + VAN_INITIATIEF)
        @Size(max = 2000, message = "activiteit is hoogstens 2000 tekens.")
        String activiteit,
        @Schema(type = SchemaType.STRING, enumeration = {"GEMEENTE", "SAMENLEVING"},
                description = "Wie het plan neemt; bepaalt de rolvraag en de handreiking. " + VAN_INITIATIEF
                        + " Van een initiatief: GEMEENTE bij initiatiefnemer.type GEMEENTE, SAMENLEVING bij INWONER,"
                        + " ONDERNEMER en ORGANISATIE.")
        String initiatiefnemer,
        @Schema(type = SchemaType.STRING,
                enumeration = {"STRAAT_BUURT", "DORP_WIJK", "GEBIED_REGIO", "GEMEENTE"},
                description = "Het gebied van het plan: de kolom van de werkvormenmatrix. " + VAN_INITIATIEF)
        String schaal,
        @Schema(required = true, description = "Stap 1: biedt het onderwerp ruimte voor reële alternatieven?")
        Boolean ruimte,
        @Schema(required = true, description = "Stap 1: raakt het de belangen van inwoners, organisaties, ondernemers?")
        Boolean belangen,
        @Schema(required = true, description = "Stap 1: is er tijd om samen te werken?")
        Boolean tijd,
        @Schema(minimum = "0", maximum = "6", description = "Stap 2, schaal 0 (niet) .. 6 (zeer groot); leeg telt als 0")
        Integer omvang,
        @Schema(minimum = "0", maximum = "6", description = "Stap 2, schaal 0..6")
        Integer maatschappelijkBelang,
        @Schema(minimum = "0", maximum = "6", description = "Stap 2, schaal 0..6")
        Integer maatschappelijkeBijdrage,
        @Schema(implementation = HinderAspecten.class, description = "Hinder tijdens realisatie per aspect, 0..6")
        Map<String, Integer> hinderTijdens,
        @Schema(implementation = HinderAspecten.class, description = "Hinder na realisatie per aspect, 0..6")
        Map<String, Integer> hinderNa,
        @Schema(type = SchemaType.ARRAY, implementation = DoelSamenwerking.class,
                description = "Stap 3: wat de samenwerking moet opleveren")
        @Size(max = 20, message = "doelenSamenwerking heeft hoogstens 20 waarden.")
        List<String> doelenSamenwerking,
        @Schema(description = "Stap 3: de belangenanalyse")
        @Size(max = 100, message = "belanghebbenden is hoogstens 100 regels.")
        List<@Valid BelanghebbendeRequest> belanghebbenden,
        @Size(max = 4000, message = "kaders is hoogstens 4000 tekens.")
        String kaders,
        @Size(max = 4000, message = "gezamenlijkBelang is hoogstens 4000 tekens.")
        String gezamenlijkBelang,
        @Schema(description = "Rolvraag bij initiatiefnemer SAMENLEVING (dan verplicht)")
        Boolean gemeenteBijdrageNodig,
        @Schema(description = "Rolvraag bij initiatiefnemer GEMEENTE (dan verplicht)")
        Boolean gemeenteMoetBeslissen,
        @Schema(type = SchemaType.STRING, enumeration = {"GEEN", "MIDDELEN", "MEDE_INITIATIEFNEMER"},
                description = "Overheidsparticipatie (SAMENLEVING): welke ondersteuning wordt gevraagd")
        String ondersteuningGevraagd,
        @Schema(description = "Verplicht bij ondersteuningGevraagd MIDDELEN of MEDE_INITIATIEFNEMER")
        Boolean pastBijAmbities,
        @Schema(description = "Verplicht bij ondersteuningGevraagd GEEN")
        Boolean schuurtMetDoelen,
        @Schema(description = "Verplicht bij ondersteuningGevraagd MIDDELEN of MEDE_INITIATIEFNEMER")
        Boolean middelenBeschikbaar,
        @Schema(description = "De door de gemeenteraad aangewezen gevallen van verplichte participatie (codes uit de "
                + "regelset, verplichteParticipatie) waaronder dit plan valt; een onbekende code geeft 400")
        @Size(max = 20, message = "verplichteParticipatie heeft hoogstens 20 codes.")
        List<@NotBlank(message = "Een code mag niet leeg zijn.") @Size(max = 100, message = "Een code is hoogstens 100 tekens.") String> verplichteParticipatie) {

    /** How doel, activiteit, initiatiefnemer and schaal are given (InitiatiefOvername); one text for all four. */
    static final String VAN_INITIATIEF = "Verplicht zonder initiatiefId; met initiatiefId overgenomen van het"
            + " initiatief in de registry-service als hij ontbreekt.";

    /** The same answers with this description of the plan (what {@link InitiatiefOvername} fills in). */
    BeoordelingRequest metOmschrijving(String doel, String activiteit, String initiatiefnemer, String schaal) {
        return new BeoordelingRequest(gemeente, initiatiefId, kernId, doel, activiteit, initiatiefnemer, schaal, ruimte,
                belangen, tijd, omvang, maatschappelijkBelang, maatschappelijkeBijdrage, hinderTijdens, hinderNa,
                doelenSamenwerking, belanghebbenden, kaders, gezamenlijkBelang, gemeenteBijdrageNodig,
                gemeenteMoetBeslissen, ondersteuningGevraagd, pastBijAmbities, schuurtMetDoelen, middelenBeschikbaar,
                verplichteParticipatie);
    }

    /** An absent body: every required answer is then reported missing. */
    static BeoordelingRequest leeg() {
        return new BeoordelingRequest(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
