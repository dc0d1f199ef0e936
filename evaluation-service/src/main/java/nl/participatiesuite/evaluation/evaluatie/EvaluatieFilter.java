package nl.participatiesuite.evaluation.evaluatie;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import nl.participatiesuite.apirules.input.GemeenteCode;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What people look for among reports: their gemeente, an initiatief, a kern, a theme, the flags. */
public class EvaluatieFilter {

    @QueryParam("gemeente")
    @Parameter(description = "Alleen verslagen van deze gemeente (CBS-code); standaard en ten hoogste de eigen gemeente",
            example = "GM0214")
    @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
    String gemeente;

    @QueryParam("initiatief")
    @Parameter(description = "Alleen het verslag van dit initiatief")
    UUID initiatief;

    @QueryParam("kern")
    @Parameter(description = "Alleen verslagen van initiatieven in deze kern")
    UUID kern;

    @QueryParam("thema")
    @Parameter(description = "Alleen verslagen met dit thema (hoofdletterongevoelig)", example = "verkeer")
    @Size(max = 100, message = "thema is hoogstens 100 tekens.")
    String thema;

    @QueryParam("gedeeld")
    @Parameter(description = "true: alleen gedeelde verslagen; false: alleen niet-gedeelde")
    Boolean gedeeld;

    @QueryParam("terugkoppelingOntbreekt")
    @Parameter(description = "true: alleen verslagen zonder terugkoppeling aan de deelnemers; false: alleen met")
    Boolean terugkoppelingOntbreekt;

    public String gemeente() {
        return gemeente;
    }

    public UUID initiatief() {
        return initiatief;
    }

    public UUID kern() {
        return kern;
    }

    public String thema() {
        return thema;
    }

    public Boolean gedeeld() {
        return gedeeld;
    }

    public Boolean terugkoppelingOntbreekt() {
        return terugkoppelingOntbreekt;
    }
}
