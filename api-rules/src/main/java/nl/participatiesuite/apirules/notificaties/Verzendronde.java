package nl.participatiesuite.apirules.notificaties;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The dispatcher's work, without a framework, so that any number of them — one per pod, or a second one in a test —
 * share one database safely:
 * <ol>
 *   <li>{@link #verdeel()}: outbox rows become one {@code aflevering} per matching abonnement. One pod at a time (a
 *   transaction-scoped advisory lock), in volgnummer order, and only rows whose transaction is older than every
 *   transaction still running, so a row that commits late cannot be overtaken by a later one.</li>
 *   <li>{@link #lever(UUID)}: one abonnement's waiting deliveries, in volgnummer order per object. One pod at a time per
 *   abonnement (a session advisory lock: when a pod dies its connection closes and another takes over at once). Every
 *   result is written in its own short transaction, so a slow subscriber holds no transaction open.</li>
 * </ol>
 * At least once: a pod that dies between a subscriber's 2xx and writing it down sends that event again; the event id
 * lets the subscriber see it is the same.
 */
public final class Verzendronde {

    /** The first key of this module's advisory locks ("NOTI"), so they cannot meet another module's. */
    private static final int SLOTKLASSE = 0x4E4F5449;
    private static final int MAX_PER_VERDELING = 500;
    private static final int MAX_PER_LEVERING = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final Instellingen instellingen;
    private final HttpClient http;
    private final Wachttijd wachttijd;

    public Verzendronde(DataSource dataSource, Instellingen instellingen) {
        this.dataSource = dataSource;
        this.instellingen = instellingen;
        this.http = HttpClient.newBuilder().connectTimeout(instellingen.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.wachttijd = new Wachttijd(instellingen.eersteWachttijd(), instellingen.maximaleWachttijd());
    }

    /** Hands out the outbox rows that are ready; returns how many. */
    public int verdeel() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int verdeeld = verdeel(c);
                c.commit();
                return verdeeld;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private int verdeel(Connection c) throws SQLException {
        try (PreparedStatement slot = c.prepareStatement("select pg_try_advisory_xact_lock(?, 0)")) {
            slot.setInt(1, SLOTKLASSE);
            try (ResultSet rs = slot.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Gebeurtenis> gebeurtenissen = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select volgnummer, id, tijdstip, kanaal, hoofd_id, resource,"
                + " resource_id, actie, gemeente, kernen::text from notificatie"
                + " where not verdeeld and transactie < pg_snapshot_xmin(pg_current_snapshot())"
                + " order by volgnummer limit " + MAX_PER_VERDELING)) {
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    gebeurtenissen.add(gebeurtenis(rs));
                }
            }
        }
        if (gebeurtenissen.isEmpty()) {
            return 0;
        }
        Map<UUID, Abonnee> abonnees = abonnees(c);
        try (PreparedStatement insert = c.prepareStatement("insert into aflevering (id, abonnement_id, volgnummer, object,"
                + " status, pogingen, aangemaakt_op, volgende_poging) values (?, ?, ?, ?, 'WACHTEND', 0, now(), now())");
                PreparedStatement klaar = c.prepareStatement("update notificatie set verdeeld = true where volgnummer = ?")) {
            for (Gebeurtenis gebeurtenis : gebeurtenissen) {
                for (Map.Entry<UUID, Abonnee> abonnee : abonnees.entrySet()) {
                    if (gebeurtenis.voor(abonnee.getValue().gemeente(), abonnee.getValue().filters())) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, abonnee.getKey());
                        insert.setLong(3, gebeurtenis.volgnummer());
                        insert.setString(4, gebeurtenis.kanaal() + "/" + gebeurtenis.hoofdId());
                        insert.addBatch();
                    }
                }
                klaar.setLong(1, gebeurtenis.volgnummer());
                klaar.addBatch();
            }
            insert.executeBatch();
            klaar.executeBatch();
        }
        return gebeurtenissen.size();
    }

    private record Abonnee(String gemeente, List<Kanaalfilter> filters) {
    }

    private static Map<UUID, Abonnee> abonnees(Connection c) throws SQLException {
        Map<UUID, Abonnee> abonnees = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("select id, gemeente, kanalen::text from abonnement");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                abonnees.put(rs.getObject(1, UUID.class), new Abonnee(rs.getString(2), Kanaalfilters.lees(rs.getString(3))));
            }
        }
        return abonnees;
    }

    /** The abonnementen with a delivery due now. */
    public List<UUID> abonnementenMetWerk() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select distinct abonnement_id from aflevering"
                        + " where status = 'WACHTEND' and volgende_poging <= now()");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /**
     * Delivers what is due for one abonnement, unless another dispatcher is already doing so. Per object in volgnummer
     * order: after a failure (or an event not yet due) the later events of that object wait; other objects go on.
     * Returns how many were delivered.
     */
    public int lever(UUID abonnementId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!slot(c, "select pg_try_advisory_lock(?, hashtext(?))", abonnementId)) {
                return 0;
            }
            try {
                return leverOnderSlot(c, abonnementId);
            } finally {
                slot(c, "select pg_advisory_unlock(?, hashtext(?))", abonnementId);
            }
        }
    }

    private static boolean slot(Connection c, String sql, UUID abonnementId) throws SQLException {
        try (PreparedStatement slot = c.prepareStatement(sql)) {
            slot.setInt(1, SLOTKLASSE);
            slot.setString(2, abonnementId.toString());
            try (ResultSet rs = slot.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private record Bestemming(String callbackUrl, String autorisatie, String geheim) {
    }

    private record Wachtend(UUID id, String object, int pogingen, boolean aanDeBeurt, boolean teLang, Gebeurtenis gebeurtenis) {
    }

    private int leverOnderSlot(Connection c, UUID abonnementId) throws SQLException {
        Bestemming bestemming = null;
        try (PreparedStatement select = c.prepareStatement("select callback_url, autorisatie, geheim from abonnement where id = ?")) {
            select.setObject(1, abonnementId);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    bestemming = new Bestemming(rs.getString(1), rs.getString(2), rs.getString(3));
                }
            }
        }
        if (bestemming == null) {
            return 0;
        }
        List<Wachtend> wachtend = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select a.id, a.object, a.pogingen, a.volgende_poging <= now(),"
                + " a.aangemaakt_op <= now() - ?::interval, n.volgnummer, n.id, n.tijdstip, n.kanaal, n.hoofd_id, n.resource,"
                + " n.resource_id, n.actie, n.gemeente, n.kernen::text"
                + " from aflevering a join notificatie n on n.volgnummer = a.volgnummer"
                + " where a.abonnement_id = ? and a.status = 'WACHTEND' order by a.volgnummer limit " + MAX_PER_LEVERING)) {
            select.setString(1, instellingen.parkerenNa().toMillis() + " milliseconds");
            select.setObject(2, abonnementId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    wachtend.add(new Wachtend(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
                            rs.getBoolean(5), gebeurtenis(rs, 6)));
                }
            }
        }
        Set<String> opgehouden = new HashSet<>();
        int afgeleverd = 0;
        for (Wachtend aflevering : wachtend) {
            if (opgehouden.contains(aflevering.object())) {
                continue;
            }
            if (!aflevering.aanDeBeurt()) {
                opgehouden.add(aflevering.object());
                continue;
            }
            String fout = verstuur(bestemming, aflevering.gebeurtenis());
            if (fout == null) {
                vastleggen(c, "update aflevering set status = 'AFGELEVERD', pogingen = pogingen + 1, laatste_poging = now(),"
                        + " afgeleverd_op = now(), laatste_fout = null where id = ?", aflevering.id());
                afgeleverd++;
            } else {
                opgehouden.add(aflevering.object());
                mislukt(c, aflevering, fout);
            }
        }
        return afgeleverd;
    }

    private void mislukt(Connection c, Wachtend aflevering, String fout) throws SQLException {
        if (aflevering.teLang()) {
            try (PreparedStatement update = c.prepareStatement("update aflevering set status = 'GEPARKEERD',"
                    + " pogingen = pogingen + 1, laatste_poging = now(), laatste_fout = ? where id = ?")) {
                update.setString(1, fout);
                update.setObject(2, aflevering.id());
                update.executeUpdate();
            }
            return;
        }
        Duration wacht = wachttijd.na(aflevering.pogingen() + 1, () -> ThreadLocalRandom.current().nextDouble());
        try (PreparedStatement update = c.prepareStatement("update aflevering set pogingen = pogingen + 1,"
                + " laatste_poging = now(), laatste_fout = ?, volgende_poging = now() + ?::interval where id = ?")) {
            update.setString(1, fout);
            update.setString(2, wacht.toMillis() + " milliseconds");
            update.setObject(3, aflevering.id());
            update.executeUpdate();
        }
    }

    private static void vastleggen(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    /** Sends one event; null when the subscriber answered 2xx, else what went wrong (no response body: it is theirs). */
    private String verstuur(Bestemming bestemming, Gebeurtenis gebeurtenis) {
        byte[] body = CloudEvent.van(gebeurtenis, instellingen.bron(), instellingen.basisUrl());
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(bestemming.callbackUrl()))
                    .timeout(instellingen.timeout())
                    .header("Content-Type", CloudEvent.CONTENT_TYPE)
                    .header(Handtekening.HEADER, Handtekening.van(body, bestemming.geheim()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        } catch (IllegalArgumentException e) {
            return "ongeldige callback-URL";
        }
        if (bestemming.autorisatie() != null) {
            request.header("Authorization", bestemming.autorisatie());
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "onderbroken";
        }
    }

    /** Removes delivered notifications older than the retention period; returns how many deliveries went. */
    public int ruimOp() throws SQLException {
        String termijn = instellingen.bewaartermijn().toMillis() + " milliseconds";
        try (Connection c = dataSource.getConnection()) {
            int weg;
            try (PreparedStatement delete = c.prepareStatement("delete from aflevering where status = 'AFGELEVERD'"
                    + " and afgeleverd_op < now() - ?::interval")) {
                delete.setString(1, termijn);
                weg = delete.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement("delete from notificatie n where verdeeld"
                    + " and tijdstip < now() - ?::interval"
                    + " and not exists (select 1 from aflevering a where a.volgnummer = n.volgnummer)")) {
                delete.setString(1, termijn);
                delete.executeUpdate();
            }
            return weg;
        }
    }

    private static Gebeurtenis gebeurtenis(ResultSet rs) throws SQLException {
        return gebeurtenis(rs, 1);
    }

    private static Gebeurtenis gebeurtenis(ResultSet rs, int i) throws SQLException {
        try {
            return new Gebeurtenis(rs.getLong(i), rs.getObject(i + 1, UUID.class), rs.getTimestamp(i + 2).toInstant(),
                    rs.getString(i + 3), rs.getString(i + 4), rs.getString(i + 5), rs.getString(i + 6), rs.getString(i + 7),
                    rs.getString(i + 8), JSON.readValue(rs.getString(i + 9), new TypeReference<List<String>>() { }));
        } catch (IOException e) {
            throw new SQLException("kernen van notificatie " + rs.getLong(i) + " onleesbaar", e);
        }
    }
}
