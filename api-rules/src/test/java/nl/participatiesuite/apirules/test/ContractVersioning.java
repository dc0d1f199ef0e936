package nl.participatiesuite.apirules.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedList;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * The versioning rules of a contract (CONTRIBUTING.md, "Contracts"): its directory holds {@code openapi.yaml}, its
 * {@code CHANGELOG.md} and {@code released/openapi-<version>.yaml}, the released versions. Each rule returns what is
 * wrong, empty when it holds; what is "breaking" is what openapi-diff calls incompatible.
 */
public final class ContractVersioning {

    public static final String CONTRACT = "openapi.yaml";
    public static final String CHANGELOG = "CHANGELOG.md";
    public static final String RELEASED = "released";
    /** The subsection of a changelog version that announces a breaking change; it needs at least one list item. */
    public static final String BREAKING = "### Breaking";

    private static final Pattern RELEASED_FILE = Pattern.compile("openapi-(.+)\\.yaml");
    private static final Pattern VERSION_HEADING = Pattern.compile("## \\[?([^\\]\\s]+)\\]?(?:\\s.*)?");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String contract;
    private final String changelog;
    private final Map<String, String> releasedFiles;
    private ChangedOpenApi diff;

    /** @param releasedFiles file name in {@code released/} to its text */
    public ContractVersioning(String contract, String changelog, Map<String, String> releasedFiles) {
        this.contract = contract;
        this.changelog = changelog;
        this.releasedFiles = new TreeMap<>(releasedFiles);
    }

    public static ContractVersioning of(Path directory) {
        try {
            Map<String, String> released = new TreeMap<>();
            Path releasedDirectory = directory.resolve(RELEASED);
            if (Files.isDirectory(releasedDirectory)) {
                try (Stream<Path> files = Files.list(releasedDirectory)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        released.put(file.getFileName().toString(), Files.readString(file));
                    }
                }
            }
            Path changelog = directory.resolve(CHANGELOG);
            return new ContractVersioning(Files.readString(directory.resolve(CONTRACT)),
                    Files.exists(changelog) ? Files.readString(changelog) : "", released);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the rules --------------------------------------------------------------------------------------------

    /** (a) info.version is x.y.z and not lower than the newest release; every released file is named by its version. */
    public List<String> versionIsSemverAndNotLowerThanReleased() {
        List<String> problems = new ArrayList<>();
        String version = infoVersion(contract);
        Optional<Version> current = Version.parse(version);
        if (current.isEmpty()) {
            problems.add(CONTRACT + ": info.version '" + version + "' is not a version x.y.z");
        }
        releasedFiles.forEach((name, text) -> {
            Matcher m = RELEASED_FILE.matcher(name);
            if (!m.matches() || Version.parse(m.group(1)).isEmpty()) {
                problems.add(RELEASED + "/" + name + ": not named openapi-x.y.z.yaml");
            } else if (!m.group(1).equals(infoVersion(text))) {
                problems.add(RELEASED + "/" + name + ": its info.version is '" + infoVersion(text) + "'");
            }
        });
        Optional<Map.Entry<Version, String>> newest = newestRelease();
        if (current.isPresent() && newest.isPresent() && current.get().compareTo(newest.get().getKey()) < 0) {
            problems.add(CONTRACT + ": info.version " + version + " is lower than the released " + newest.get().getKey());
        }
        return problems;
    }

    /**
     * (b) A change openapi-diff calls incompatible needs a higher major version than the newest release and a
     * {@value #BREAKING} item in the changelog section of the version.
     */
    public List<String> breakingChangesNeedAMajorVersionAndAnAnnouncement() {
        Optional<Map.Entry<Version, String>> newest = newestRelease();
        Optional<Version> current = Version.parse(infoVersion(contract));
        if (newest.isEmpty() || current.isEmpty()) {
            return List.of();
        }
        ChangedOpenApi diff = diff(newest.get().getValue());
        if (!diff.isIncompatible()) {
            return List.of();
        }
        Version released = newest.get().getKey();
        List<String> problems = new ArrayList<>();
        if (current.get().major() <= released.major()) {
            problems.add(CONTRACT + " breaks clients of the released " + released + ", so its version needs a higher"
                    + " major version than " + released.major() + " (it is " + current.get() + ")");
        }
        if (!announcesBreak(section(current.get().toString()))) {
            problems.add(CHANGELOG + ": the section '## " + current.get() + "' needs a '" + BREAKING
                    + "' subsection with an item for each break");
        }
        if (problems.isEmpty()) {
            return problems;
        }
        problems.add("openapi-diff's incompatible changes from " + RELEASED + "/openapi-" + released + ".yaml:");
        incompatibleChanges(diff).forEach(change -> problems.add("  - " + change));
        return problems;
    }

    /** (c) A contract that differs from the newest release needs a higher version and a changelog section for it. */
    public List<String> changesNeedAHigherVersionAndAChangelogEntry() {
        Optional<Map.Entry<Version, String>> newest = newestRelease();
        Optional<Version> current = Version.parse(infoVersion(contract));
        if (newest.isEmpty() || current.isEmpty()) {
            return List.of();
        }
        boolean changed = !tree(newest.get().getValue()).equals(tree(contract))
                || !diff(newest.get().getValue()).isUnchanged();
        if (!changed) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Version released = newest.get().getKey();
        if (current.get().compareTo(released) <= 0) {
            problems.add(CONTRACT + " differs from " + RELEASED + "/openapi-" + released + ".yaml, so its version needs"
                    + " to be higher than " + released + " (it is " + current.get() + ")");
        } else if (section(current.get().toString()) == null) {
            problems.add(CHANGELOG + ": no section '## " + current.get() + "' for the changes since " + released);
        }
        return problems;
    }

    /** (d) Every '## ' heading of the changelog is a version, newest first, each once; the top one is info.version. */
    public List<String> changelogHeadingsAreVersionsNewestFirst() {
        List<String> problems = new ArrayList<>();
        List<String> headings = headings();
        Version previous = null;
        for (String heading : headings) {
            Optional<Version> version = Version.parse(heading);
            if (version.isEmpty()) {
                problems.add(CHANGELOG + ": heading '## " + heading + "' is not a version x.y.z");
            } else {
                if (previous != null && version.get().compareTo(previous) >= 0) {
                    problems.add(CHANGELOG + ": " + version.get() + " comes after " + previous + " (newest first, once)");
                }
                previous = version.get();
            }
        }
        String version = infoVersion(contract);
        if (headings.isEmpty()) {
            problems.add(CHANGELOG + ": no version section; the top one must be '## " + version + "'");
        } else if (!headings.get(0).equals(version)) {
            problems.add(CHANGELOG + ": the top section is '## " + headings.get(0) + "', info.version is " + version);
        }
        return problems;
    }

    // --- the changelog ----------------------------------------------------------------------------------------

    private List<String> headings() {
        List<String> headings = new ArrayList<>();
        for (String line : changelog.split("\\R")) {
            Matcher m = VERSION_HEADING.matcher(line.stripTrailing());
            if (line.startsWith("## ")) {
                headings.add(m.matches() ? m.group(1) : line.substring(3).strip());
            }
        }
        return headings;
    }

    /** The lines of the '## version' section, without its heading; null when there is none. */
    private List<String> section(String version) {
        List<String> lines = null;
        for (String line : changelog.split("\\R")) {
            if (line.startsWith("## ")) {
                if (lines != null) {
                    return lines;
                }
                Matcher m = VERSION_HEADING.matcher(line.stripTrailing());
                if (m.matches() && m.group(1).equals(version)) {
                    lines = new ArrayList<>();
                }
            } else if (lines != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean announcesBreak(List<String> section) {
        if (section == null) {
            return false;
        }
        boolean inBreaking = false;
        for (String line : section) {
            if (line.startsWith("### ")) {
                inBreaking = line.strip().equalsIgnoreCase(BREAKING);
            } else if (inBreaking && line.strip().matches("[-*] \\S.*")) {
                return true;
            }
        }
        return false;
    }

    // --- the documents ----------------------------------------------------------------------------------------

    private Optional<Map.Entry<Version, String>> newestRelease() {
        TreeMap<Version, String> released = new TreeMap<>();
        releasedFiles.forEach((name, text) -> {
            Matcher m = RELEASED_FILE.matcher(name);
            if (m.matches()) {
                Version.parse(m.group(1)).ifPresent(v -> released.put(v, text));
            }
        });
        return Optional.ofNullable(released.lastEntry());
    }

    /** openapi-diff from the newest release to the contract, once: it takes seconds on a large contract. */
    private ChangedOpenApi diff(String released) {
        if (diff == null) {
            diff = OpenApiCompare.fromSpecifications(read(released), read(contract));
        }
        return diff;
    }

    /** Read as OpenApiCompare.fromContents does, then with each 3.1 schema's single type also in {@code type}. */
    static OpenAPI read(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException("not an OpenAPI document: " + result.getMessages());
        }
        singleTypes(result.getOpenAPI(), Collections.newSetFromMap(new IdentityHashMap<>()));
        return result.getOpenAPI();
    }

    /*
     * openapi-diff 2.1.7 compares Schema.getType(), which swagger-parser leaves null for OpenAPI 3.1 (the type is in
     * getTypes()): without this a type change (string to integer) is no change at all. Walks the whole model, and
     * reads a described reference (allOf of one $ref) as that reference.
     */
    private static void singleTypes(Object node, Set<Object> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> singleTypes(value, seen));
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(item -> singleTypes(item, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.swagger.v3.oas.models.")) {
            return;
        }
        if (node instanceof Schema<?> schema && schema.get$ref() == null && schema.getAllOf() != null
                && schema.getAllOf().size() == 1 && schema.getAllOf().get(0).get$ref() != null
                && schema.getProperties() == null) {
            // A described reference (allOf: [$ref], ApiDocument's form of a $ref with siblings) is that reference on
            // the wire; openapi-diff compares only a plain $ref as one.
            schema.set$ref(schema.getAllOf().get(0).get$ref());
            schema.setAllOf(null);
            schema.setType(null);
            schema.setTypes(null);
        }
        if (node instanceof Schema<?> schema && schema.getType() == null && schema.getTypes() != null) {
            List<String> types = schema.getTypes().stream().filter(type -> !type.equals("null")).toList();
            if (types.size() == 1) {
                schema.setType(types.get(0));
            }
            if (types.size() < schema.getTypes().size()) {
                schema.setNullable(true);
            }
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")
                    && getter.getDeclaringClass() != Object.class) {
                singleTypes(call(getter, node), seen);
            }
        }
    }

    private static JsonNode tree(String document) {
        try {
            return YAML.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String infoVersion(String document) {
        return tree(document).path("info").path("version").asText("");
    }

    /** A version x.y.z (no pre-release or build part: a contract is released or it is not). */
    public record Version(int major, int minor, int patch) implements Comparable<Version> {

        private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");

        public static Optional<Version> parse(String text) {
            Matcher m = FORM.matcher(text == null ? "" : text);
            return m.matches() ? Optional.of(new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)))) : Optional.empty();
        }

        @Override
        public int compareTo(Version other) {
            return Comparator.comparingInt(Version::major).thenComparingInt(Version::minor)
                    .thenComparingInt(Version::patch).compare(this, other);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch;
        }
    }

    // --- openapi-diff's incompatible changes, readable ---------------------------------------------------------

    /** One line per incompatible change: the operation, where in it, and what changed. */
    public static List<String> incompatibleChanges(ChangedOpenApi diff) {
        List<String> lines = new ArrayList<>();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            lines.add(removed.getMethod() + " " + removed.getPathUrl() + ": operation removed");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            walk(List.of(operation.getHttpMethod() + " " + operation.getPathUrl()), operation, lines,
                    Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        if (lines.isEmpty() && diff.isIncompatible()) {
            lines.add("incompatible outside the operations (openapi-diff gives no details)");
        }
        return lines;
    }

    // The model is a tree of Changed objects; walking it by its getters keeps this independent of each class.
    private static final Set<String> NOT_WALKED = Set.of("getChangedElements", "getContext");
    private static final Map<String, String> LABELS = Map.of("getChanged", "", "getContent", "", "getSchema", "",
            "getChangedProperties", "", "getRequired", "", "getApiResponses", "responses");

    private static void walk(List<String> where, Object node, List<String> lines, Set<Object> visiting) {
        if (!(node instanceof Changed changed) || !changed.isIncompatible() || !visiting.add(node)) {
            return;
        }
        DiffResult core = node instanceof ComposedChanged composed ? composed.isCoreChanged() : changed.isChanged();
        if (core == DiffResult.INCOMPATIBLE) {
            String what = what(node);
            lines.add(String.join(" › ", where) + ": " + (what.isEmpty() ? "changed" : what));
        }
        for (Method getter : getters(node)) {
            String name = getter.getName();
            if (NOT_WALKED.contains(name) || name.matches("get(Old|New|Missing|Increased).*")) {
                continue;
            }
            Object value = call(getter, node);
            String label = LABELS.getOrDefault(name, decapitalize(name.replaceFirst("^(get|is)", "")));
            if (value instanceof Changed) {
                walk(plus(where, label), value, lines, visiting);
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((key, child) -> walk(plus(plus(where, label), String.valueOf(key)), child, lines, visiting));
            } else if (value instanceof Collection<?> items) {
                for (Object child : items) {
                    walk(plus(plus(where, label), label(child)), child, lines, visiting);
                }
            }
        }
        visiting.remove(node);
    }

    /** What changed in this node itself: removed and added parts, old → new values, changed flags. */
    private static String what(Object node) {
        List<String> parts = new ArrayList<>();
        if (node instanceof ChangedSchema schema) {
            if (schema.getOldSchema() == null || schema.getNewSchema() == null) {
                parts.add(schema.getOldSchema() == null ? "schema added" : "schema removed");
            } else if (schema.isChangedType()) {
                parts.add("type " + type(schema.getOldSchema()) + " → " + type(schema.getNewSchema()));
            }
        }
        if (node instanceof ChangedList<?> list) {
            boolean required = node instanceof ChangedRequired;
            if (!list.getMissing().isEmpty()) {
                parts.add((required ? "no longer required " : "removed ") + list.getMissing());
            }
            if (!list.getIncreased().isEmpty()) {
                parts.add((required ? "now required " : "added ") + list.getIncreased());
            }
            return String.join(", ", parts);
        }
        if (node instanceof ChangedParameter parameter && parameter.isChangeRequired()) {
            parts.add(Boolean.TRUE.equals(parameter.getNewParameter().getRequired()) ? "now required" : "no longer required");
        }
        if (node instanceof ChangedRequestBody body && body.isChangeRequired()) {
            parts.add(Boolean.TRUE.equals(body.getNewRequestBody().getRequired()) ? "now required" : "no longer required");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Method getter : getters(node)) {
            values.put(getter.getName(), call(getter, node));
        }
        values.forEach((name, value) -> {
            if (name.matches("getMissing.*") && !empty(value)) {
                parts.add("removed " + names(value));
            } else if (name.matches("getIncreased.*") && !empty(value)) {
                parts.add("added " + names(value));
            } else if (name.matches("is(Change|Changed)[A-Z].*") && Boolean.TRUE.equals(value)
                    && !name.equals("isChangedType") && !name.equals("isChangeRequired")) {
                parts.add(decapitalize(name.replaceFirst("^is(Changed|Change)", "")) + " changed");
            }
        });
        for (String[] pair : new String[][] {{"getOldValue", "getNewValue"}, {"getLeft", "getRight"},
                {"getOldMinimumValue", "getNewMinimumValue"}, {"getOldMaximumValue", "getNewMaximumValue"}}) {
            if (values.containsKey(pair[0]) && values.containsKey(pair[1])) {
                String prefix = pair[0].contains("Minimum") ? "minimum " : pair[0].contains("Maximum") ? "maximum " : "";
                parts.add(prefix + values.get(pair[0]) + " → " + values.get(pair[1]));
            }
        }
        return String.join(", ", parts);
    }

    private static List<Method> getters(Object node) {
        return Arrays.stream(node.getClass().getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class)
                .filter(m -> m.getName().matches("(get|is)[A-Z].*") && !m.getName().equals("isChanged")
                        && !m.getName().equals("isCoreChanged") && m.getReturnType() != DiffResult.class)
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    private static Object call(Method getter, Object node) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof Map<?, ?> m && m.isEmpty() || value instanceof Collection<?> c && c.isEmpty();
    }

    private static String names(Object value) {
        Collection<?> items = value instanceof Map<?, ?> map ? map.keySet() : (Collection<?>) value;
        return items.stream().map(ContractVersioning::label).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String label(Object item) {
        if (item instanceof Parameter p) {
            return p.getIn() + " " + p.getName();
        }
        if (item instanceof ChangedParameter p) {
            return p.getIn() + " " + p.getName();
        }
        if (item instanceof Changed) {
            return item.getClass().getSimpleName().replaceFirst("^Changed", "");
        }
        return String.valueOf(item);
    }

    private static String type(Schema<?> schema) {
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return String.join("|", schema.getTypes());
        }
        return String.valueOf(schema.getType());
    }

    private static List<String> plus(List<String> where, String segment) {
        if (segment.isEmpty()) {
            return where;
        }
        List<String> longer = new ArrayList<>(where);
        longer.add(segment);
        return longer;
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
