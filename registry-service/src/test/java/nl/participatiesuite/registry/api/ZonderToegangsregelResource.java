package nl.participatiesuite.registry.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only endpoint that, on purpose, names no access rule: default deny must refuse it
 * (DefaultDenyTest). Hidden from the contract.
 */
@Path("/zonder-toegangsregel")
public class ZonderToegangsregelResource {

    @GET
    @Operation(hidden = true)
    public String geheim() {
        return "dit had niemand mogen lezen";
    }
}
