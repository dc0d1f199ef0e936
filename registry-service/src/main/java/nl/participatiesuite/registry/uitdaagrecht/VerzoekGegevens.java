package nl.participatiesuite.registry.uitdaagrecht;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The fields of an uitdaagrechtverzoek that the gemeente records from the indiener and may complete later (after a
 * herstelverzoek). Taak, motivering, draagvlak and plan are optional here: a verzoek without them is received all the
 * same, and the ontvankelijkheid rule names what is missing.
 */
interface VerzoekGegevens {

    List<UUID> kernIds();

    IndienerRequest indiener();

    String taakOmschrijving();

    BigDecimal taakHuidigeJaarkosten();

    List<String> motiveringsgronden();

    String motivering();

    String draagvlakOmschrijving();

    Integer draagvlakAantalSupporters();

    String uitvoeringsplan();

    BigDecimal gevraagdBudget();

    LocalDate gewensteStart();

    Integer looptijdMaanden();

    UUID beoordelingId();

    UUID initiatiefId();
}
