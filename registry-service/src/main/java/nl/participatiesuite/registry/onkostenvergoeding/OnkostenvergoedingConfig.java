package nl.participatiesuite.registry.onkostenvergoeding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** The base of the allowance; overridable per environment (REGISTRY_ONKOSTENVERGOEDING_BASISBEDRAG). */
@ConfigMapping(prefix = "registry.onkostenvergoeding")
public interface OnkostenvergoedingConfig {

    @WithDefault("2020")
    int basisjaar();

    @WithDefault("375.00")
    BigDecimal basisbedrag();
}
