package nl.participatiesuite.registry.support;

import io.quarkus.test.common.QuarkusTestResource;
import nl.participatiesuite.apirules.test.ContractRequests;
import nl.participatiesuite.apirules.test.EmbeddedPostgresResource;
import nl.participatiesuite.apirules.test.LocalIdentityProviderResource;

/** Base of every REST test of the registry: one application start on a real PostgreSQL, tokens verified for real. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LocalIdentityProviderResource.class)
public abstract class ApiTest extends ContractRequests {
}
