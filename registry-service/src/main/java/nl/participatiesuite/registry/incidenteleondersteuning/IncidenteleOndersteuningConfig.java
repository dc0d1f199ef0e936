package nl.participatiesuite.registry.incidenteleondersteuning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Buren's cap as the default; a gemeente with other rules sets REGISTRY_INCIDENTELE_ONDERSTEUNING_JAARPLAFOND. */
@ConfigMapping(prefix = "registry.incidentele-ondersteuning")
public interface IncidenteleOndersteuningConfig {

    /** At most this much incidentele ondersteuning per gemeente per calendar year, in euros. */
    @WithDefault("5000.00")
    BigDecimal jaarplafond();
}
