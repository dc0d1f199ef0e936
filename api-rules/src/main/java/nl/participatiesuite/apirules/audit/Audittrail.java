package nl.participatiesuite.apirules.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.PageResponses;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Reads a resource's audit trail (GET /{resource}/{id}/audittrail), oldest first. Only for a beheerder
 * ({@code @RolesAllowed} on the endpoint) of the gemeente the entries belong to; entries without a gemeente
 * (the national inflation figures) are for every beheerder, but who made them only for the maker's own gemeente
 * ({@link Auditregel#gemeenteVanPersoonsgegevens}).
 */
@ApplicationScoped
public class Audittrail {

    /** What the audit trail of any object shows, for the operation that reads it (after who may read it). */
    public static final String BESCHRIJVING = "Elke aanmaak, wijziging en verwijdering staat erin met tijdstip, client,"
            + " actie en de oude en nieuwe waarden van de gewijzigde velden; persoonsgegevens alleen als pseudoniem, en"
            + " wie de wijziging deed alleen voor de gemeente waarvoor die persoon handelde. De audittrail blijft"
            + " leesbaar nadat het object is verwijderd; 404 als er niets is vastgelegd.";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Beller beller;

    public RestResponse<Page<Auditregel>> van(String resource, Object id, PageRequest page, UriInfo uriInfo) {
        String hoofdId = id.toString();
        List<Auditregel> regels = new ArrayList<>();
        long totaal;
        String gemeente;
        try (Connection connection = dataSource.getConnection()) {
            gemeente = gemeenteVan(connection, resource, hoofdId);
            if (gemeente != null) {
                beller.controleerLezen(gemeente);
            }
            totaal = aantal(connection, resource, hoofdId);
            try (PreparedStatement select = connection.prepareStatement("select * from audittrail"
                    + " where hoofd_resource = ? and hoofd_id = ? order by aanmaakdatum, id limit ? offset ?")) {
                select.setString(1, resource);
                select.setString(2, hoofdId);
                select.setInt(3, page.pageSize);
                select.setLong(4, page.offset());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        regels.add(regel(rs, uriInfo));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Audit trail of " + resource + " " + hoofdId + " not read", e);
        }
        return PageResponses.ok(Page.of(regels, page, totaal), uriInfo);
    }

    /** The gemeente of the trail; a resource without any entry does not exist (404). */
    private String gemeenteVan(Connection connection, String resource, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select gemeente from audittrail where hoofd_resource = ? and hoofd_id = ? order by aanmaakdatum limit 1")) {
            select.setString(1, resource);
            select.setString(2, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("De audittrail van " + resource, id);
                }
                return rs.getString(1);
            }
        }
    }

    private long aantal(Connection connection, String resource, String id) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from audittrail where hoofd_resource = ? and hoofd_id = ?")) {
            count.setString(1, resource);
            count.setString(2, id);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Auditregel regel(ResultSet rs, UriInfo uriInfo) throws SQLException {
        Map<String, Map<String, Object>> wijzigingen;
        try {
            wijzigingen = json.readValue(rs.getString("wijzigingen"), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Auditregel(rs.getObject("id", UUID.class), rs.getString("bron"), rs.getString("applicatie_id"),
                rs.getString("gebruikers_id"), rs.getString("gebruikers_weergave"), rs.getString("gebruikers_gemeente"),
                rs.getString("actie"),
                rs.getString("resource"), rs.getString("resource_id"),
                uriInfo.getBaseUriBuilder().path(rs.getString("hoofd_resource")).path(rs.getString("hoofd_id")).build(),
                rs.getString("gemeente"), rs.getTimestamp("aanmaakdatum").toInstant(),
                new Auditregel.Wijzigingen(wijzigingen.get("oud"), wijzigingen.get("nieuw")));
    }
}
