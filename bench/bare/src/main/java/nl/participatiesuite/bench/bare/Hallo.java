package nl.participatiesuite.bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The one endpoint: a small JSON body through the REST stack, as the services' API root answers. */
@Path("/api/v1")
public class Hallo {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> hallo() {
        return Map.of("naam", "bench-bare");
    }
}
