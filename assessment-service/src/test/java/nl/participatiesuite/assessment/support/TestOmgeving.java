package nl.participatiesuite.assessment.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import nl.participatiesuite.apirules.test.EmbeddedPostgresResource;

/**
 * Everything the service needs around it in a test, started once for all REST tests: a real PostgreSQL and
 * the {@link PeerStub} playing registry-service and evaluation-service.
 */
public class TestOmgeving implements QuarkusTestResourceLifecycleManager {

    private final EmbeddedPostgresResource database = new EmbeddedPostgresResource();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(database.start());
        String peers = PeerStub.start();
        config.put("quarkus.rest-client.registry.url", peers);
        config.put("quarkus.rest-client.evaluation.url", peers);
        return config;
    }

    @Override
    public void stop() {
        PeerStub.stop();
        database.stop();
    }
}
