package nl.participatiesuite.apirules.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Schemas a client generator can use as they are (issue 13): SmallRye names a schema after the Java class of a
 * scalar ({@code UUID}, {@code Instant}, {@code LocalDate}), which would give every integrator a model class
 * called UUID; those become inline strings with their format. And a {@code $ref} never has siblings: a property
 * that describes a referenced schema says so through {@code allOf: [$ref]}, because generators (and OpenAPI 3.0
 * readers) ignore everything next to a {@code $ref}. A schema takes the service's own name where the generated one
 * would collide with another contract's ({@link ContractNames}), and one no operation uses is left out.
 */
final class ContractSchemas {

    /** The Java value types SmallRye turns into a named schema without properties. */
    static final Set<String> JAVA_SCALARS = Set.of("UUID", "Instant", "LocalDate", "LocalDateTime", "OffsetDateTime",
            "LocalTime", "Duration", "URI", "URL", "BigDecimal", "BigInteger");

    private static final String SCHEMAS = "#/components/schemas/";

    private ContractSchemas() {
    }

    static void tidy(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> scalars = new LinkedHashMap<>();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (JAVA_SCALARS.contains(name) && schema.getProperties() == null) {
                scalars.put(name, schema);
            }
        });
        forEachSchema(openAPI, schema -> inline(schema, scalars));
        scalars.keySet().forEach(openAPI.getComponents()::removeSchema);
        rename(openAPI, ContractNames.properties(ContractNames.EIGEN_NAMEN));
        forEachSchema(openAPI, ContractSchemas::withoutSiblings);
        withoutUnused(openAPI);
    }

    /**
     * A schema no operation uses is left out: SmallRye adds every class annotated with a schema name, also where the
     * service only receives (a CloudEvent in the assessment-service) or only describes it in text.
     */
    private static void withoutUnused(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        List<String> toVisit = new ArrayList<>();
        Consumer<Schema> collect = schema -> {
            String name = name(schema);
            if (name != null && used.add(name)) {
                toVisit.add(name);
            }
        };
        forEachSchema(openAPI, collect, false);
        while (!toVisit.isEmpty()) {
            Schema schema = schemas.get(toVisit.remove(toVisit.size() - 1));
            if (schema != null) {
                visit(schema, collect, new IdentityHashMap<>());
            }
        }
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    /** Gives schemas the service's own names (old -> new), every reference to them included. */
    static void rename(OpenAPI openAPI, Map<String, String> names) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        names.forEach((old, name) -> {
            if (!schemas.containsKey(old)) {
                throw new IllegalStateException(ContractNames.EIGEN_NAMEN + " renames " + old
                        + ", which the contract does not have");
            }
            if (schemas.containsKey(name)) {
                throw new IllegalStateException(ContractNames.EIGEN_NAMEN + " renames " + old + " to " + name
                        + ", which the contract has already");
            }
        });
        Map<String, Schema> renamed = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> renamed.put(names.getOrDefault(name, name), schema));
        forEachSchema(openAPI, schema -> {
            String old = name(schema);
            if (old != null && names.containsKey(old)) {
                schema.setRef(SCHEMAS + names.get(old));
            }
        });
        openAPI.getComponents().setSchemas(new TreeMap<>(renamed));
    }

    /** The name of the component schema this schema refers to, or null. */
    private static String name(Schema schema) {
        String ref = schema.getRef();
        return ref != null && ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()) : null;
    }

    private static void inline(Schema schema, Map<String, Schema> scalars) {
        String name = name(schema);
        Schema target = name == null ? null : scalars.get(name);
        if (target == null) {
            return;
        }
        schema.setRef(null);
        target.getAll().forEach((key, value) -> {
            if (schema.get(key) == null) {
                schema.set(key, value);
            }
        });
    }

    /**
     * Anything next to a {@code $ref} moves next to an {@code allOf} of it, the type included (it repeats the
     * target's, and keeps the property's type visible to a tool that does not follow the reference); a {@code type}
     * alone next to a {@code $ref} is dropped.
     */
    private static void withoutSiblings(Schema schema) {
        String ref = schema.getRef();
        if (ref == null) {
            return;
        }
        boolean siblings = schema.getAll().keySet().stream().anyMatch(key -> !key.equals("$ref") && !key.equals("type"))
                || (schema.getExtensions() != null && !schema.getExtensions().isEmpty());
        if (siblings) {
            schema.setRef(null);
            schema.setAllOf(List.of(OASFactory.createSchema().ref(ref)));
        } else {
            schema.set("type", null);
        }
    }

    /** Every schema of the document, nested ones first, each once. */
    static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        forEachSchema(openAPI, action, true);
    }

    /** The same, with or without the component schemas themselves (without: only what the document uses directly). */
    private static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action, boolean withComponentSchemas) {
        List<Schema> roots = new ArrayList<>();
        var components = openAPI.getComponents();
        if (withComponentSchemas && components.getSchemas() != null) {
            roots.addAll(components.getSchemas().values());
        }
        if (components.getParameters() != null) {
            components.getParameters().values().forEach(parameter -> add(parameter, roots));
        }
        if (components.getHeaders() != null) {
            components.getHeaders().values().forEach(header -> add(header, roots));
        }
        if (openAPI.getPaths() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(parameter -> add(parameter, roots));
                }
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(parameter -> add(parameter, roots));
                    }
                    if (operation.getRequestBody() != null) {
                        add(operation.getRequestBody().getContent(), roots);
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(response -> {
                            add(response.getContent(), roots);
                            if (response.getHeaders() != null) {
                                response.getHeaders().values().forEach(header -> add(header, roots));
                            }
                        });
                    }
                }
            }
        }
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        roots.forEach(root -> visit(root, action, seen));
    }

    private static void visit(Schema schema, Consumer<Schema> action, Map<Schema, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        for (Object value : new ArrayList<>(schema.getAll().values())) {
            children(value).forEach(child -> visit(child, action, seen));
        }
        action.accept(schema);
    }

    /** The schemas in a keyword's value: a schema, a list of them (allOf), or a map of them (properties). */
    private static List<Schema> children(Object value) {
        List<Schema> children = new ArrayList<>();
        if (value instanceof Schema schema) {
            children.add(schema);
        } else if (value instanceof Collection<?> list) {
            list.forEach(element -> children.addAll(children(element)));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(element -> children.addAll(children(element)));
        }
        return children;
    }

    private static void add(Parameter parameter, List<Schema> roots) {
        if (parameter.getSchema() != null) {
            roots.add(parameter.getSchema());
        }
        add(parameter.getContent(), roots);
    }

    private static void add(Header header, List<Schema> roots) {
        if (header.getSchema() != null) {
            roots.add(header.getSchema());
        }
    }

    private static void add(Content content, List<Schema> roots) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> {
                if (media.getSchema() != null) {
                    roots.add(media.getSchema());
                }
            });
        }
    }
}
