package nl.participatiesuite.registry.initiatief;

import java.util.List;
import java.util.UUID;

/** The fields of an initiatief that its submitter fills in and may later correct. */
interface InitiatiefGegevens {

    String titel();

    String doel();

    String activiteit();

    List<UUID> kernIds();

    String schaal();

    InitiatiefnemerRequest initiatiefnemer();

    VasteContactpersoonRequest vasteContactpersoon();

    UUID beoordelingId();

    String overheidsrol();

    UUID leefbaarheidsaanvraagId();
}
