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

@ApplicationScoped
public class OnkostenvergoedingService {

    private final Onkostenvergoeding regel;

    @Inject
    Beller beller;

    OnkostenvergoedingService(OnkostenvergoedingConfig config) {
        this.regel = new Onkostenvergoeding(config.basisjaar(), config.basisbedrag());
    }

    public OnkostenvergoedingResponse voor(UUID organisatieId, int jaar) {
        // The organisatie is public, its allowance is the gemeente's money: for its own callers only.
        beller.controleerLezen(Dorpsbelangenorganisaties.existing(organisatieId).gemeente);
        if (jaar < regel.basisjaar()) {
            throw ProblemException.invalid("jaar", InvalidParamCode.MIN,
                    "De onkostenvergoeding bestaat vanaf het basisjaar " + regel.basisjaar() + ".");
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
                    toegepast);
        } catch (Onkostenvergoeding.InflatiecijfersOntbreken e) {
            throw ProblemException.unprocessable("inflatiecijfer-ontbreekt", "Inflatiecijfer ontbreekt",
                    "De onkostenvergoeding voor " + jaar + " kan niet worden berekend: er is geen inflatiecijfer voor "
                            + e.jaren().stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + ". Stel die vast met PUT /inflatiecijfers/{jaar}.");
        }
    }
}
