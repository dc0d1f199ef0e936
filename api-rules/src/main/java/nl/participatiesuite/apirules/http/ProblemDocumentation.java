package nl.participatiesuite.apirules.http;

import java.lang.reflect.Field;
import java.util.Comparator;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The vocabulary of a problem in the contract, taken from the code so that it cannot drift: the codes of
 * {@code invalidParams[].code} are the constants of {@link InvalidParamCode}; the problem types every service
 * can answer (those of api-rules) and those of the service's own domain ({@value #EIGEN_TYPEN}) are listed with
 * their status and meaning on {@code Problem.type}.
 */
final class ProblemDocumentation {

    private ProblemDocumentation() {
    }

    /** Type, status and meaning of every problem api-rules itself answers, in every service. */
    static final String[][] GEDEELDE_TYPEN = {
        {"ongeldige-invoer", "400", "een of meer velden of parameters zijn ongeldig; zie invalidParams"},
        {"ongeldige-json", "400", "de body is geen geldige JSON"},
        {"ongeldig-verzoek", "400", "het verzoek kon niet worden gelezen"},
        {"niet-geauthenticeerd", "401", "geen of een ongeldig bearer-token"},
        {"geen-toegang", "403", "de rol van het token volstaat niet"},
        {"andere-gemeente", "403", "het object hoort bij een andere gemeente dan die van het token"},
        {"cors-geweigerd", "403", "de Origin van de browser is niet toegestaan"},
        {"handtekening-onjuist", "403", "de handtekening van een afgeleverde notificatie klopt niet"},
        {"niet-gevonden", "404", "het object of het pad bestaat niet"},
        {"methode-niet-toegestaan", "405", "deze HTTP-methode kan niet op deze resource"},
        {"niet-acceptabel", "406", "de Accept-header noemt geen mediatype dat de operatie levert"},
        {"bestaat-al", "409", "een gelijktijdig verzoek maakte hetzelfde al aan"},
        {"verwijzing-gewijzigd", "409", "een verwijzing van of naar het object is intussen gewijzigd"},
        {"versie-verouderd", "412", "If-Match noemt niet de huidige versie"},
        {"body-te-groot", "413", "de body is te groot"},
        {"uri-te-lang", "414", "pad en query zijn samen langer dan 8 KB"},
        {"mediatype-niet-ondersteund", "415", "de body is geen application/json"},
        {"if-match-vereist", "428", "If-Match ontbreekt of is *"},
        {"headers-te-groot", "431", "de headers zijn te groot of te talrijk"},
        {"interne-fout", "500", "een onverwachte fout aan de kant van de dienst"},
        {"database-onbereikbaar", "503", "de database is tijdelijk onbereikbaar; Retry-After zegt wanneer opnieuw"},
    };

    static void describe(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        if (problem != null && problem.getProperties() != null && problem.getProperties().get("type") != null) {
            StringBuilder text = new StringBuilder("URI van het soort fout: " + nl.participatiesuite.apirules.problem.Problem.TYPE_BASE
                    + "<naam>. In elke dienst (status, naam: betekenis):");
            regels(text, List.of(GEDEELDE_TYPEN));
            problem.getProperties().get("type").description(text.toString());
        }
        // The service's own types go into the document's description, so Problem is one schema in all contracts.
        List<String[]> eigen = eigenTypen();
        if (!eigen.isEmpty() && openAPI.getInfo() != null) {
            StringBuilder text = new StringBuilder(openAPI.getInfo().getDescription() == null ? ""
                    : openAPI.getInfo().getDescription() + "\n\n");
            text.append(EIGEN_KOP).append(" (status, naam: betekenis; naast die op Problem.type):");
            regels(text, eigen);
            openAPI.getInfo().setDescription(text.toString());
        }
        Schema invalidParam = openAPI.getComponents().getSchemas().get("InvalidParam");
        if (invalidParam != null && invalidParam.getProperties() != null && invalidParam.getProperties().get("code") != null) {
            invalidParam.getProperties().get("code").enumeration(new ArrayList<>(invalidParamCodes()));
        }
    }

    /** One line per type: status, name, meaning. */
    private static void regels(StringBuilder text, List<String[]> typen) {
        typen.forEach(type -> text.append("\n- ").append(type[1]).append(" `").append(type[0]).append("`: ")
                .append(type[2]));
    }

    /** The heading of the service's own problem types in the document's description. */
    static final String EIGEN_KOP = "Probleemtypen van deze dienst";

    /** Where a service lists the problem types of its own domain: name = status meaning. */
    static final String EIGEN_TYPEN = "META-INF/problemtypen.properties";

    /** The service's own problem types (name, status, meaning), by status and name. */
    static List<String[]> eigenTypen() {
        List<String[]> eigen = new ArrayList<>();
        ContractNames.properties(EIGEN_TYPEN).forEach((naam, waarde) -> {
            String[] statusEnBetekenis = waarde.split(" ", 2);
            eigen.add(new String[] {naam, statusEnBetekenis[0], statusEnBetekenis[1]});
        });
        eigen.sort(Comparator.<String[], String>comparing(type -> type[1]).thenComparing(type -> type[0]));
        return eigen;
    }

    static List<Object> invalidParamCodes() {
        List<Object> codes = new ArrayList<>();
        for (Field field : InvalidParamCode.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    codes.add(field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("InvalidParamCode's constants are public", e);
                }
            }
        }
        // Sorted: the order of reflected fields is not specified, and the served contract must not change by itself.
        codes.sort(java.util.Comparator.comparing(String::valueOf));
        return codes;
    }
}
