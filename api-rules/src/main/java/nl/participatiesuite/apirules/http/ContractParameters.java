package nl.participatiesuite.apirules.http;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The parameters every collection and every object has, described once here instead of on each of the ~200
 * resource methods that take them: {@code page} and {@code pageSize} (api-rules' paging), and the path {@code id}
 * of an object, named after its collection. A resource's own {@code @Parameter(description)} always wins.
 */
final class ContractParameters {

    private ContractParameters() {
    }

    static void describe(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    parameters.addAll(operation.getParameters());
                }
            });
            parameters.stream().filter(parameter -> parameter.getDescription() == null
                            || parameter.getDescription().isBlank())
                    .forEach(parameter -> parameter.setDescription(description(parameter, path)));
        });
    }

    private static String description(Parameter parameter, String path) {
        String name = parameter.getName();
        if (parameter.getIn() == Parameter.In.QUERY && "page".equals(name)) {
            return "Het nummer van de pagina, vanaf 1 (standaard 1).";
        }
        if (parameter.getIn() == Parameter.In.QUERY && "pageSize".equals(name)) {
            return "Het aantal items per pagina, 1 tot en met 100 (standaard 20).";
        }
        if (parameter.getIn() == Parameter.In.PATH && "id".equals(name)) {
            return "De id (UUID) van het object in `/" + collection(path) + "`.";
        }
        return null;
    }

    /** The collection an {id} belongs to: the path segment just before it. */
    private static String collection(String path) {
        String before = path.substring(0, path.lastIndexOf("{id}") - 1);
        return before.substring(before.lastIndexOf('/') + 1);
    }
}
