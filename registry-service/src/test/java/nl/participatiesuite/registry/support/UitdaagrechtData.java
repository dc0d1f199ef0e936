package nl.participatiesuite.registry.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;

/** Uitdaagrechtverzoeken for the REST tests, each in the gemeente the test owns. */
public final class UitdaagrechtData {

    private UitdaagrechtData() {
    }

    /** A complete verzoek as a medewerker records it; tests change or remove single fields to probe one rule. */
    public static Map<String, Object> verzoek(String gemeente, LocalDate ontvangstdatum) {
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", gemeente);
        body.put("ontvangstdatum", ontvangstdatum.toString());
        body.put("kernIds", List.of());
        Map<String, Object> indiener = new HashMap<>();
        indiener.put("type", "MAATSCHAPPELIJKE_PARTIJ");
        indiener.put("naam", "Dorpsbelang Zoelen");
        indiener.put("rechtsvorm", "Vereniging");
        indiener.put("contactpersoon", Map.of("naam", "Secretaris Dorpsbelang", "email", "secretaris@zoelen.example"));
        body.put("indiener", indiener);
        body.put("taakOmschrijving", "Het maaien van de bermen in Zoelen");
        body.put("taakHuidigeJaarkosten", new BigDecimal("18000.00"));
        body.put("motiveringsgronden", List.of("KWALITEIT", "BETROKKENHEID"));
        body.put("motivering", "Vaker maaien, met inheemse bloemen, door het dorp zelf");
        body.put("draagvlakOmschrijving", "Handtekeningenactie en een dorpsavond");
        body.put("draagvlakAantalSupporters", 240);
        body.put("uitvoeringsplan", "Drie maaiploegen van vrijwilligers en een aannemer voor het zware werk");
        body.put("gevraagdBudget", new BigDecimal("15000.00"));
        body.put("gewensteStart", ontvangstdatum.plusMonths(4).toString());
        body.put("looptijdMaanden", 24);
        return body;
    }

    /** The PUT body: the create body without gemeente and ontvangstdatum. */
    public static Map<String, Object> wijziging(Map<String, Object> verzoek) {
        Map<String, Object> body = new HashMap<>(verzoek);
        body.remove("gemeente");
        body.remove("ontvangstdatum");
        return body;
    }

    /** Recorded by a medewerker of the gemeente; returns the id. */
    public static String nieuwVerzoek(Map<String, Object> body) {
        return ApiTest.api(Aanroeper.medewerker((String) body.get("gemeente"))).body(body).post("/uitdaagrechtverzoeken")
                .then().statusCode(201).extract().path("id");
    }

    public static void stap(String gemeente, String id, String status) {
        ApiTest.api(Aanroeper.medewerker(gemeente)).body(Map.of("status", status))
                .post("/uitdaagrechtverzoeken/" + id + "/statuswijzigingen").then().statusCode(201);
    }

    /** IN_BEHANDELING and then TOEGEKEND, decided on {@code besluitdatum}. */
    public static void toegekend(String gemeente, String id, LocalDate besluitdatum) {
        stap(gemeente, id, "IN_BEHANDELING");
        ApiTest.api(Aanroeper.medewerker(gemeente)).body(Map.of("besluit", "TOEGEKEND", "motivering", "Meerwaarde voor het dorp",
                "besluitdatum", besluitdatum.toString())).post("/uitdaagrechtverzoeken/" + id + "/besluit").then().statusCode(200);
    }

    public static Map<String, Object> overeenkomst(LocalDate start, LocalDate evaluatiedatum, String budget) {
        Map<String, Object> body = new HashMap<>();
        body.put("start", start.toString());
        body.put("eind", start.plusYears(2).toString());
        body.put("overgedragenBudget", new BigDecimal(budget));
        body.put("afspraken", "Maaien volgens het bermbeheerplan; elk kwartaal een rapportage");
        body.put("evaluatiedatum", evaluatiedatum.toString());
        return body;
    }
}
