package nl.participatiesuite.registry.onkostenvergoeding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.registry.dorpsbelangenorganisatie.Dorpsbelangenorganisaties;
import nl.participatiesuite.registry.regels.Onkostenvergoeding;
import nl.participatiesuite.registry.regelset.GeldendeRegelset;
import nl.participatiesuite.registry.regelset.Regelsets;

@ApplicationScoped
public class OnkostenvergoedingService {

    @Inject
    Beller beller;

    /**
     * The base amount and year come from the gemeente's rule set of that year (in force on 1 January), and the answer
     * names it: a gemeente with its own verordening gets its own allowance.
     */
    public OnkostenvergoedingResponse voor(UUID organisatieId, int jaar) {
        String gemeente = Dorpsbelangenorganisaties.existing(organisatieId).gemeente;
        // The organisatie is public, its allowance is the gemeente's money: for its own callers only.
        beller.controleerLezen(gemeente);
        GeldendeRegelset regelset = Regelsets.vanJaar(gemeente, jaar);
        Onkostenvergoeding regel = new Onkostenvergoeding(regelset.regels().onkostenvergoedingBasisjaar(),
                regelset.regels().onkostenvergoedingBasisbedrag());
        if (jaar < regel.basisjaar()) {
            throw ProblemException.invalid("jaar", InvalidParamCode.MIN,
                    "De onkostenvergoeding bestaat vanaf het basisjaar " + regel.basisjaar() + " (regelset "
                            + regelset.label() + ").");
        }
        List<Integer> jaren = regel.benodigdeJaren(jaar);
        Map<Integer, BigDecimal> cpiPerJaar = jaren.isEmpty()
                ? Map.of()
                : Inflatiecijfer.<Inflatiecijfer>list("jaar in ?1", jaren).stream()
                        .collect(Collectors.toMap(cijfer -> cijfer.jaar, cijfer -> cijfer.cpiPercentage));
        try {
            BigDecimal bedrag = regel.voorJaar(jaar, cpiPerJaar);
            List<OnkostenvergoedingResponse.ToegepastInflatiecijfer> toegepast = jaren.stream()
                    .map(t -> new OnkostenvergoedingResponse.ToegepastInflatiecijfer(t, cpiPerJaar.get(t)))
                    .toList();
            return new OnkostenvergoedingResponse(organisatieId, jaar, regel.basisjaar(), regel.basisbedrag(), bedrag,
                    toegepast, regelset.label());
        } catch (Onkostenvergoeding.InflatiecijfersOntbreken e) {
            throw ProblemException.unprocessable("inflatiecijfer-ontbreekt", "Inflatiecijfer ontbreekt",
                    "De onkostenvergoeding voor " + jaar + " kan niet worden berekend: er is geen inflatiecijfer voor "
                            + e.jaren().stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + ". Stel die vast met PUT /inflatiecijfers/{jaar}.");
        }
    }
}
