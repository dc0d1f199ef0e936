package nl.participatiesuite.apirules.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * What no annotation of a service can say in its contract: its description and its server, the versioned URL with the
 * deployment's host as a variable (the service's application.properties: {@code suite.contract.beschrijving},
 * {@code suite.contract.host}). Set here rather than in a static document that SmallRye merges: SmallRye lists an
 * additional-docs directory only when the application is a directory (tests), not in the packaged jar, so the served
 * contract of a running service had neither.
 */
final class ContractBasis {

    static final String SERVER_URL = "https://{host}/api/v1";

    private ContractBasis() {
    }

    static void zet(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        Optional<String> beschrijving = config.getOptionalValue("suite.contract.beschrijving", String.class);
        Optional<String> host = config.getOptionalValue("suite.contract.host", String.class);
        if (beschrijving.isPresent()) {
            if (openAPI.getInfo() == null) {
                openAPI.setInfo(OASFactory.createInfo());
            }
            openAPI.getInfo().setDescription(beschrijving.get());
        }
        host.ifPresent(standaard -> openAPI.setServers(List.of(OASFactory.createServer()
                .url(SERVER_URL)
                .description("De deployment van de gemeente: host is haar publieke host (met poort als die afwijkt),"
                        + " zoals de ingress hem toont.")
                .variables(Map.of("host", OASFactory.createServerVariable()
                        .defaultValue(standaard)
                        .description("Host (en poort) van de deployment"))))));
    }
}
