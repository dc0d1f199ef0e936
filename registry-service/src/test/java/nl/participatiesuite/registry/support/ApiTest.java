package nl.participatiesuite.registry.support;

import io.quarkus.test.common.QuarkusTestResource;
import nl.participatiesuite.apirules.test.ContractRequests;
import nl.participatiesuite.apirules.test.EmbeddedPostgresResource;

/** Base of every REST test of the registry: one application start on a real PostgreSQL. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public abstract class ApiTest extends ContractRequests {
}
