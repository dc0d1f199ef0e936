package nl.participatiesuite.registry.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** registry.demo-data.enabled (env REGISTRY_DEMO_DATA_ENABLED): true in the demo profile only. */
@ConfigMapping(prefix = "registry.demo-data")
public interface DemoDataConfig {

    @WithDefault("false")
    boolean enabled();
}
