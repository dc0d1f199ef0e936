package nl.participatiesuite.apirules.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The operations of a committed contract, found by the method and URL of a request the tests send. */
final class ContractOperaties {

    private final Path contract;
    private List<Operatie> operaties;
    private JsonNode document;

    ContractOperaties(Path contract) {
        this.contract = contract;
    }

    /** The operation a request to this URL (absolute, or a path under /api/v1) is, if the contract has it. */
    Optional<Operatie> voor(String method, String uri) {
        String path = URI.create(uri).getRawPath().replaceFirst("^/api/v1", "");
        String relative = path.isEmpty() ? "/" : path;
        return operaties().stream()
                .filter(candidate -> candidate.method().equals(method) && candidate.matches(relative))
                .findFirst();
    }

    /** The host the contract's server names by default (its example host). */
    String exampleHost() {
        return document().at("/servers/0/variables/host/default").asText("localhost");
    }

    /** Read when first needed: a module without a contract of its own never uses api(). */
    synchronized JsonNode document() {
        if (document == null) {
            try {
                document = new ObjectMapper(new YAMLFactory()).readTree(contract.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    private synchronized List<Operatie> operaties() {
        if (operaties != null) {
            return operaties;
        }
        List<Operatie> gelezen = new ArrayList<>();
        JsonNode document = document();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                gelezen.add(new Operatie(method.getKey().toUpperCase(), path.getKey(), method.getValue()))));
        // A literal segment wins over a parameter (/regelsets/standaard before /regelsets/{id}).
        gelezen.sort(Comparator.comparingLong(operatie -> operatie.template().chars().filter(c -> c == '{').count()));
        operaties = gelezen;
        return operaties;
    }

    record Operatie(String method, String template, JsonNode node, Pattern pattern) {

        Operatie(String method, String template, JsonNode node) {
            this(method, template, node,
                    Pattern.compile(template.replaceAll("\\{[^/}]+}", "[^/]+").replace(".", "\\.")));
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }

        String operationId() {
            return node.path("operationId").asText();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }
}
