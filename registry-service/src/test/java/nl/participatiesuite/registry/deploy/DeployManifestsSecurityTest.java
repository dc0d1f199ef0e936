package nl.participatiesuite.registry.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's manifest carries what its token verification and audit trail need (issue "Security and
 * tenancy"): the SUITE_OIDC_* settings in its ConfigMap, the audit pseudonym key only by reference to a Secret
 * that is not committed, and a NetworkPolicy that lets the pods reach DNS, the database, the identity provider
 * (HTTPS) and the siblings they call, and nothing else.
 */
class DeployManifestsSecurityTest {

    private static final Path DEPLOY = Path.of("../deploy");
    private static final String AUDIT_SECRET = "participatie-suite-audit";

    /** Which siblings each service calls (its *_URL settings). */
    private static final Map<String, List<String>> PEERS = Map.of(
            "registry-service", List.of("assessment-service", "evaluation-service"),
            "assessment-service", List.of("registry-service", "evaluation-service"),
            "evaluation-service", List.of("registry-service", "assessment-service"));

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "assessment-service", "evaluation-service"})
    void theConfigMapNamesTheIdentityProviderAndItsClaims(String service) throws IOException {
        Map<String, String> data = one(service, ConfigMap.class).getData();

        String issuer = data.get("SUITE_OIDC_ISSUER");
        assertNotNull(issuer, service + ": no SUITE_OIDC_ISSUER");
        URI uri = URI.create(issuer);
        assertEquals("https", uri.getScheme(), service + ": the issuer is reached over HTTPS: " + issuer);
        assertTrue(uri.getHost().endsWith(".example"), service + ": the committed issuer is a placeholder: " + issuer);
        assertEquals("participatie-suite", data.get("SUITE_OIDC_AUDIENCE"), service);
        assertEquals("realm_access/roles", data.get("SUITE_OIDC_ROLES_CLAIM"), service);
        assertEquals("gemeente", data.get("SUITE_OIDC_GEMEENTE_CLAIM"), service);
        assertFalse(data.containsKey("SUITE_AUDIT_PSEUDONIEM_SLEUTEL"), service + ": a secret never goes in a ConfigMap");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "assessment-service", "evaluation-service"})
    void theContainerGetsTheConfigMapAndThePseudonymKeyFromTheSecret(String service) throws IOException {
        Container container = one(service, Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);

        assertTrue(container.getEnvFrom().stream()
                .anyMatch(source -> source.getConfigMapRef() != null && service.equals(source.getConfigMapRef().getName())),
                service + ": the container reads its ConfigMap");
        EnvVar key = container.getEnv().stream().filter(env -> env.getName().equals("SUITE_AUDIT_PSEUDONIEM_SLEUTEL"))
                .findFirst().orElseThrow(() -> new AssertionError(service + ": no SUITE_AUDIT_PSEUDONIEM_SLEUTEL"));
        assertNull(key.getValue(), service + ": the pseudonym key is never written in the manifest");
        SecretKeySelector reference = key.getValueFrom().getSecretKeyRef();
        assertNotNull(reference, service + ": the pseudonym key comes from a Secret");
        assertEquals(AUDIT_SECRET, reference.getName());
        assertEquals("pseudoniem-sleutel", reference.getKey());
        assertFalse(Boolean.TRUE.equals(reference.getOptional()), service + ": without the key the pod does not start");
    }

    /** The service's own token (client credentials): its client in the ConfigMap, its secret only from a Secret. */
    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "assessment-service", "evaluation-service"})
    void theServiceAccountSecretComesFromASecret(String service) throws IOException {
        assertEquals(service, one(service, ConfigMap.class).getData().get("SUITE_OIDC_CLIENT_ID"), service);
        assertFalse(one(service, ConfigMap.class).getData().containsKey("SUITE_OIDC_CLIENT_SECRET"),
                service + ": a secret never goes in a ConfigMap");
        Container container = one(service, Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        EnvVar secret = container.getEnv().stream().filter(env -> env.getName().equals("SUITE_OIDC_CLIENT_SECRET"))
                .findFirst().orElseThrow(() -> new AssertionError(service + ": no SUITE_OIDC_CLIENT_SECRET"));
        assertNull(secret.getValue(), service + ": the client secret is never written in the manifest");
        SecretKeySelector reference = secret.getValueFrom().getSecretKeyRef();
        assertEquals(service + "-oidc-client", reference.getName());
        assertEquals("secret", reference.getKey());
    }

    @Test
    void noSecretIsCommitted() throws IOException {
        for (HasMetadata resource : all()) {
            assertFalse(resource instanceof Secret, "deploy/ holds a Secret: " + resource.getMetadata().getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "assessment-service", "evaluation-service"})
    void theNetworkPolicyLetsOutOnlyDnsTheDatabaseTheIdentityProviderTheTraceCollectorAndTheCalledSiblings(String service)
            throws IOException {
        NetworkPolicy policy = one(service, NetworkPolicy.class);
        assertTrue(policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")), service);
        List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();

        NetworkPolicyEgressRule dns = rule(egress, "UDP", 53).orElseThrow(() -> new AssertionError(service + ": no DNS"));
        assertTrue(hasPort(dns, "TCP", 53), service + ": DNS also over TCP");
        assertEquals("kube-system", dns.getTo().get(0).getNamespaceSelector().getMatchLabels()
                .get("kubernetes.io/metadata.name"), service + ": DNS only to the cluster's DNS");
        assertTrue(rule(egress, "TCP", 5432).isPresent(), service + ": no egress to PostgreSQL");
        assertTrue(rule(egress, "TCP", 443).isPresent(), service + ": no HTTPS egress to the identity provider");
        // Traces go to the OpenTelemetry collector (OTLP gRPC) in the monitoring namespace, and nowhere else.
        NetworkPolicyEgressRule otlp = rule(egress, "TCP", 4317)
                .orElseThrow(() -> new AssertionError(service + ": no egress to the OpenTelemetry collector"));
        assertEquals("monitoring", otlp.getTo().get(0).getNamespaceSelector().getMatchLabels()
                .get("kubernetes.io/metadata.name"), service + ": OTLP only to the monitoring namespace");

        List<String> peers = new ArrayList<>();
        egress.stream().flatMap(r -> Optional.ofNullable(r.getTo()).stream().flatMap(List::stream))
                .filter(peer -> peer.getNamespaceSelector() == null && peer.getPodSelector() != null)
                .flatMap(peer -> peer.getPodSelector().getMatchExpressions().stream())
                .filter(e -> e.getKey().equals("app.kubernetes.io/name") && e.getOperator().equals("In"))
                .forEach(e -> peers.addAll(e.getValues()));
        assertEquals(PEERS.get(service), peers, service + ": egress to exactly the siblings it calls");
        assertEquals(PEERS.get(service).isEmpty() ? 4 : 5, egress.size(),
                service + ": no other egress than DNS, database, identity provider, trace collector and siblings");
    }

    private static Optional<NetworkPolicyEgressRule> rule(List<NetworkPolicyEgressRule> egress, String protocol, int port) {
        return egress.stream().filter(r -> hasPort(r, protocol, port)).findFirst();
    }

    private static boolean hasPort(NetworkPolicyEgressRule rule, String protocol, int port) {
        for (NetworkPolicyPort p : rule.getPorts()) {
            String proto = p.getProtocol() == null ? "TCP" : p.getProtocol();
            IntOrString number = p.getPort();
            if (proto.equals(protocol) && number != null && Integer.valueOf(port).equals(number.getIntVal())) {
                return true;
            }
        }
        return false;
    }

    private static <T extends HasMetadata> T one(String service, Class<T> kind) throws IOException {
        List<T> found = new ArrayList<>();
        for (JsonNode document : StrictManifests.documents(DEPLOY.resolve(service + ".yaml"))) {
            HasMetadata resource = StrictManifests.read(document);
            if (kind.isInstance(resource) && service.equals(resource.getMetadata().getName())) {
                found.add(kind.cast(resource));
            }
        }
        assertEquals(1, found.size(), service + ".yaml: one " + kind.getSimpleName() + " named " + service);
        return found.get(0);
    }

    private static List<HasMetadata> all() throws IOException {
        List<HasMetadata> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode document : StrictManifests.documents(file)) {
                    resources.add(StrictManifests.read(document));
                }
            }
        }
        return resources;
    }
}
