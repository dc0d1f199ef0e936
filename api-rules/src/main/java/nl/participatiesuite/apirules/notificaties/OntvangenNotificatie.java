package nl.participatiesuite.apirules.notificaties;

import java.util.List;

/**
 * A notification this service received from another service (a CDI event, fired in every replica): which object of
 * which kanaal changed, and its kenmerken. An observer refreshes what it keeps of that service's data.
 */
public record OntvangenNotificatie(String bron, String kanaal, String actie, String hoofdId, String resource, String gemeente,
        List<String> kernen) {

    public OntvangenNotificatie {
        kernen = kernen == null ? List.of() : List.copyOf(kernen);
    }
}
