package nl.participatiesuite.evaluation.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** evaluation.demo-data.enabled (env EVALUATION_DEMO_DATA_ENABLED): true in the demo profile only. */
@ConfigMapping(prefix = "evaluation.demo-data")
public interface DemoDataConfig {

    @WithDefault("false")
    boolean enabled();
}
