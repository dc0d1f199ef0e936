package nl.participatiesuite.registry.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.apirules.test.ToegangsmatrixTest;
import nl.participatiesuite.registry.support.TestData;
import nl.participatiesuite.registry.support.UitdaagrechtData;

/**
 * domain.md §4 for every operation of the registry's contract: kernen, dorpsbelangenorganisaties and initiatieven
 * (with their history) are public without personal fields; everything else is read by the own gemeente; initiatieven,
 * their status and aanvragen are written by a medewerker; every other write, the audit trails and erasure are for a
 * beheerder. The inflatiecijfers are national: any beheerder writes them, any raadpleger reads them. Uitdaagrechtverzoeken
 * are not public: the own gemeente reads them, a medewerker records and moves them; regelsets are the beheerder's,
 * except the public default.
 */
@QuarkusTest
class AccessMatrixTest extends ToegangsmatrixTest {

    /** Years no other test uses for inflatiecijfers, one per operation that needs its own. */
    private static final AtomicInteger VRIJ_JAAR = new AtomicInteger(2100);

    /** Kern names are unique within a gemeente: a body made twice gets a second kern. */
    private static final AtomicInteger KERN = new AtomicInteger();

    @Inject
    EntityManager database;

    @Inject
    Klok klok;

    @Override
    protected String nieuweGemeente() {
        return TestData.nieuweGemeente();
    }

    @Override
    protected Verzoek verzoek(String operationId, String gemeente) {
        Map<String, String> vanGemeente = Map.of("gemeente", gemeente);
        return switch (operationId) {
            case "GemeenteResource_create" -> {
                // The caller registers the gemeente its token names: the fresh one is taken away again first.
                verwijderGemeente(gemeente);
                yield Verzoek.van("/gemeenten").body(Map.of("code", gemeente, "naam", "Testgemeente"));
            }
            // Without a filter a caller lists the own gemeente: the role decides, any gemeente gets its own.
            case "GemeenteResource_list" -> Verzoek.van("/gemeenten").zonderGemeente();
            case "GemeenteResource_get" -> Verzoek.van("/gemeenten/" + gemeente);
            case "GemeenteResource_update" -> Verzoek.van("/gemeenten/" + gemeente).body(Map.of("naam", "Anders"))
                    .ifMatch("\"0\"");
            case "GemeenteResource_audittrail" -> Verzoek.van("/gemeenten/" + gemeente + "/audittrail");

            case "KernResource_create" -> Verzoek.van("/kernen").body(kernBody(gemeente));
            case "KernResource_list" -> {
                kern(gemeente);
                yield Verzoek.van("/kernen").query(vanGemeente).metPersoonsgegevens();
            }
            case "KernResource_get" -> Verzoek.van("/kernen/" + kern(gemeente)).metPersoonsgegevens();
            case "KernResource_update" -> {
                Map<String, Object> body = kernBody(gemeente);
                body.put("inwonertal", 1600);
                yield Verzoek.van("/kernen/" + kern(gemeente)).body(body).ifMatch("\"0\"");
            }
            case "KernResource_delete" -> Verzoek.van("/kernen/" + kern(gemeente)).ifMatch("\"0\"");
            case "KernResource_wissen" -> Verzoek.van("/kernen/" + kern(gemeente) + "/_wissen");
            case "KernResource_audittrail" -> Verzoek.van("/kernen/" + kern(gemeente) + "/audittrail");

            case "KernambtenaarResource_create" -> Verzoek.van("/kernambtenaren").body(kernambtenaarBody(gemeente));
            case "KernambtenaarResource_list" -> {
                kernambtenaar(gemeente);
                yield Verzoek.van("/kernambtenaren").query(vanGemeente).metPersoonsgegevens();
            }
            case "KernambtenaarResource_get" -> Verzoek.van("/kernambtenaren/" + kernambtenaar(gemeente)).metPersoonsgegevens();
            case "KernambtenaarResource_update" -> Verzoek.van("/kernambtenaren/" + kernambtenaar(gemeente))
                    .body(kernambtenaarBody(gemeente)).ifMatch("\"0\"");
            case "KernambtenaarResource_delete" -> Verzoek.van("/kernambtenaren/" + kernambtenaar(gemeente)).ifMatch("\"0\"");
            case "KernambtenaarResource_wissen" -> Verzoek.van("/kernambtenaren/" + kernambtenaar(gemeente) + "/_wissen");
            case "KernambtenaarResource_audittrail" -> Verzoek.van("/kernambtenaren/" + kernambtenaar(gemeente) + "/audittrail");

            case "KerndekkingResource_get" -> {
                kernambtenaar(gemeente);
                yield Verzoek.van("/kerndekkingen/" + gemeente);
            }

            case "DorpsbelangenorganisatieResource_create" -> Verzoek.van("/dorpsbelangenorganisaties").body(organisatieBody(gemeente));
            case "DorpsbelangenorganisatieResource_list" -> {
                organisatie(gemeente);
                yield Verzoek.van("/dorpsbelangenorganisaties").query(vanGemeente).metPersoonsgegevens();
            }
            case "DorpsbelangenorganisatieResource_get" ->
                    Verzoek.van("/dorpsbelangenorganisaties/" + organisatie(gemeente)).metPersoonsgegevens();
            case "DorpsbelangenorganisatieResource_update" -> {
                Map<String, Object> body = organisatieBody(gemeente);
                body.put("rechtsvorm", "STICHTING");
                yield Verzoek.van("/dorpsbelangenorganisaties/" + organisatie(gemeente)).body(body).ifMatch("\"0\"");
            }
            case "DorpsbelangenorganisatieResource_delete" ->
                    Verzoek.van("/dorpsbelangenorganisaties/" + organisatie(gemeente)).ifMatch("\"0\"");
            case "DorpsbelangenorganisatieResource_wissen" ->
                    Verzoek.van("/dorpsbelangenorganisaties/" + organisatie(gemeente) + "/_wissen");
            case "DorpsbelangenorganisatieResource_audittrail" ->
                    Verzoek.van("/dorpsbelangenorganisaties/" + organisatie(gemeente) + "/audittrail");
            // The base year needs no inflatiecijfer.
            case "OnkostenvergoedingResource_get" ->
                    Verzoek.van("/dorpsbelangenorganisaties/" + organisatie(gemeente) + "/onkostenvergoedingen/2020");

            case "SignaleringsgroepResource_create" -> Verzoek.van("/signaleringsgroepen").body(groepBody(gemeente));
            case "SignaleringsgroepResource_list" -> {
                groep(gemeente);
                yield Verzoek.van("/signaleringsgroepen").query(vanGemeente).metPersoonsgegevens();
            }
            case "SignaleringsgroepResource_get" -> Verzoek.van("/signaleringsgroepen/" + groep(gemeente)).metPersoonsgegevens();
            case "SignaleringsgroepResource_update" -> {
                Map<String, Object> body = groepBody(gemeente);
                body.put("naam", "Signaleringsgroep Zoelen-Noord");
                yield Verzoek.van("/signaleringsgroepen/" + groep(gemeente)).body(body).ifMatch("\"0\"");
            }
            case "SignaleringsgroepResource_delete" -> Verzoek.van("/signaleringsgroepen/" + groep(gemeente)).ifMatch("\"0\"");
            case "SignaleringsgroepResource_wissen" -> Verzoek.van("/signaleringsgroepen/" + groep(gemeente) + "/_wissen");
            case "SignaleringsgroepResource_audittrail" -> Verzoek.van("/signaleringsgroepen/" + groep(gemeente) + "/audittrail");
            case "SignaleringsgroepResource_vergoeding" -> {
                signaleringsvergoeding(gemeente);
                yield Verzoek.van("/signaleringsgroepen/" + groep(gemeente) + "/vergoedingen/2024");
            }

            case "SignaleringsvergoedingResource_put" -> Verzoek.van("/signaleringsvergoedingen/" + gemeente + "/2024")
                    .body(Map.of("bedrag", new BigDecimal("250.00")));
            case "SignaleringsvergoedingResource_list" -> {
                signaleringsvergoeding(gemeente);
                yield Verzoek.van("/signaleringsvergoedingen").query(vanGemeente);
            }
            case "SignaleringsvergoedingResource_get" -> Verzoek.van(signaleringsvergoeding(gemeente));
            case "SignaleringsvergoedingResource_delete" -> Verzoek.van(signaleringsvergoeding(gemeente)).ifMatch("\"0\"");
            case "SignaleringsvergoedingResource_audittrail" -> Verzoek.van(signaleringsvergoeding(gemeente) + "/audittrail");

            case "InflatiecijferResource_put" -> Verzoek.van("/inflatiecijfers/" + VRIJ_JAAR.getAndIncrement())
                    .body(Map.of("cpiPercentage", new BigDecimal("2.5"))).zonderGemeente();
            case "InflatiecijferResource_list" -> {
                inflatiecijfer(gemeente);
                yield Verzoek.van("/inflatiecijfers").zonderGemeente();
            }
            case "InflatiecijferResource_get" -> Verzoek.van(inflatiecijfer(gemeente)).zonderGemeente();
            case "InflatiecijferResource_delete" -> Verzoek.van(inflatiecijfer(gemeente)).ifMatch("\"0\"").zonderGemeente();
            case "InflatiecijferResource_audittrail" -> Verzoek.van(inflatiecijfer(gemeente) + "/audittrail").zonderGemeente();

            case "InitiatiefResource_create" -> Verzoek.van("/initiatieven").body(initiatiefBody(gemeente));
            case "InitiatiefResource_list" -> {
                initiatief(gemeente);
                yield Verzoek.van("/initiatieven").query(vanGemeente).metPersoonsgegevens();
            }
            case "InitiatiefResource_get" -> Verzoek.van("/initiatieven/" + initiatief(gemeente)).metPersoonsgegevens();
            case "InitiatiefResource_update" -> {
                Map<String, Object> body = initiatiefBody(gemeente);
                body.remove("gemeente");
                body.put("titel", "Speeltuin aan de Dijk");
                yield Verzoek.van("/initiatieven/" + initiatief(gemeente)).body(body).ifMatch("\"0\"");
            }
            case "InitiatiefResource_wissen" -> Verzoek.van("/initiatieven/" + initiatief(gemeente) + "/_wissen");
            case "InitiatiefResource_audittrail" -> Verzoek.van("/initiatieven/" + initiatief(gemeente) + "/audittrail");
            case "StatuswijzigingResource_wijzig" -> Verzoek.van("/initiatieven/" + initiatief(gemeente) + "/statuswijzigingen")
                    .body(Map.of("status", "IN_BEHANDELING"));
            case "StatuswijzigingResource_geschiedenis" ->
                    Verzoek.van("/initiatieven/" + initiatief(gemeente) + "/statuswijzigingen");
            case "StatuswijzigingResource_een" -> {
                String pad = "/initiatieven/" + initiatief(gemeente) + "/statuswijzigingen";
                yield Verzoek.van(pad + "/" + api(Aanroeper.raadpleger(gemeente)).get(pad).then().statusCode(200)
                        .extract().<String>path("items[0].id"));
            }

            case "LeefbaarheidsbudgetResource_create" -> Verzoek.van("/leefbaarheidsbudgetten").body(budgetBody(gemeente));
            case "LeefbaarheidsbudgetResource_list" -> {
                budget(gemeente);
                yield Verzoek.van("/leefbaarheidsbudgetten").query(vanGemeente);
            }
            case "LeefbaarheidsbudgetResource_get" -> Verzoek.van("/leefbaarheidsbudgetten/" + budget(gemeente));
            case "LeefbaarheidsbudgetResource_update" -> Verzoek.van("/leefbaarheidsbudgetten/" + budget(gemeente))
                    .body(Map.of("totaalbedrag", new BigDecimal("2000.00"), "beslismodus", "STEMMEN")).ifMatch("\"0\"");
            case "LeefbaarheidsbudgetResource_delete" -> Verzoek.van("/leefbaarheidsbudgetten/" + budget(gemeente)).ifMatch("\"0\"");
            case "LeefbaarheidsbudgetResource_audittrail" -> Verzoek.van("/leefbaarheidsbudgetten/" + budget(gemeente) + "/audittrail");
            case "AanvraagResource_create" -> Verzoek.van("/leefbaarheidsbudgetten/" + budget(gemeente) + "/aanvragen")
                    .body(aanvraagBody());
            case "AanvraagResource_list" -> {
                String budget = budget(gemeente);
                aanvraag(gemeente, budget);
                yield Verzoek.van("/leefbaarheidsbudgetten/" + budget + "/aanvragen").metPersoonsgegevens();
            }
            case "AanvraagResource_get" -> Verzoek.van(aanvraag(gemeente, budget(gemeente))).metPersoonsgegevens();
            case "AanvraagResource_besluit" -> Verzoek.van(aanvraag(gemeente, budget(gemeente)) + "/besluit")
                    .body(Map.of("besluit", "TOEKENNEN"));
            case "AanvraagResource_wissen" -> Verzoek.van(aanvraag(gemeente, budget(gemeente)) + "/_wissen");

            case "IncidenteleOndersteuningResource_create" -> Verzoek.van("/incidentele-ondersteuningen")
                    .body(ondersteuningBody(gemeente));
            case "IncidenteleOndersteuningResource_list" -> {
                ondersteuning(gemeente);
                yield Verzoek.van("/incidentele-ondersteuningen").query(vanGemeente);
            }
            case "IncidenteleOndersteuningResource_get" -> Verzoek.van("/incidentele-ondersteuningen/" + ondersteuning(gemeente));
            case "IncidenteleOndersteuningResource_delete" ->
                    Verzoek.van("/incidentele-ondersteuningen/" + ondersteuning(gemeente)).ifMatch("\"0\"");
            case "IncidenteleOndersteuningResource_audittrail" ->
                    Verzoek.van("/incidentele-ondersteuningen/" + ondersteuning(gemeente) + "/audittrail");
            case "IncidenteleOndersteuningResource_jaaroverzicht" -> {
                ondersteuning(gemeente);
                yield Verzoek.van("/incidentele-ondersteuningen/jaaroverzichten/" + gemeente + "/2025");
            }

            case "RegelsetResource_standaard" -> Verzoek.van("/regelsets/standaard");
            case "RegelsetResource_publiceer" -> Verzoek.van("/regelsets").body(regelsetBody(gemeente));
            case "RegelsetResource_list" -> {
                regelset(gemeente);
                yield Verzoek.van("/regelsets").query(vanGemeente);
            }
            case "RegelsetResource_get" -> Verzoek.van("/regelsets/" + regelset(gemeente));
            case "RegelsetResource_geldend" -> {
                regelset(gemeente);
                yield Verzoek.van("/regelsets/geldend/" + gemeente);
            }
            case "RegelsetResource_audittrail" -> Verzoek.van("/regelsets/" + regelset(gemeente) + "/audittrail");

            case "UitdaagrechtverzoekResource_create" -> Verzoek.van("/uitdaagrechtverzoeken").body(verzoekBody(gemeente));
            case "UitdaagrechtverzoekResource_list" -> {
                verzoek(gemeente);
                yield Verzoek.van("/uitdaagrechtverzoeken").query(vanGemeente).metPersoonsgegevens();
            }
            case "UitdaagrechtverzoekResource_get" -> Verzoek.van(verzoek(gemeente)).metPersoonsgegevens();
            case "UitdaagrechtverzoekResource_update" -> Verzoek.van(verzoek(gemeente))
                    .body(UitdaagrechtData.wijziging(verzoekBody(gemeente))).ifMatch("\"0\"");
            case "UitdaagrechtverzoekResource_wijzig" -> Verzoek.van(verzoek(gemeente) + "/statuswijzigingen")
                    .body(Map.of("status", "IN_BEHANDELING"));
            // The actors are the test tokens' names, not Persoonsgegevens: another gemeente never sees them (403).
            case "UitdaagrechtverzoekResource_geschiedenis" -> Verzoek.van(verzoek(gemeente) + "/statuswijzigingen");
            case "UitdaagrechtverzoekResource_statuswijziging" -> {
                String pad = verzoek(gemeente) + "/statuswijzigingen";
                yield Verzoek.van(pad + "/" + api(Aanroeper.raadpleger(gemeente)).get(pad).then().statusCode(200)
                        .extract().<String>path("items[0].id"));
            }
            case "UitdaagrechtverzoekResource_herstelverzoekEen" -> {
                Map<String, Object> onvolledig = verzoekBody(gemeente);
                onvolledig.remove("uitvoeringsplan");
                String pad = verzoek(gemeente, onvolledig) + "/herstelverzoeken";
                yield Verzoek.van(pad + "/" + api(Aanroeper.medewerker(gemeente)).body(Map.of()).post(pad).then()
                        .statusCode(201).extract().<String>path("id"));
            }
            case "UitdaagrechtverzoekResource_herstelverzoek" -> {
                Map<String, Object> onvolledig = verzoekBody(gemeente);
                onvolledig.remove("uitvoeringsplan");
                yield Verzoek.van(verzoek(gemeente, onvolledig) + "/herstelverzoeken").body(Map.of("hersteltermijnDagen", 14));
            }
            case "UitdaagrechtverzoekResource_herstelverzoeken" -> {
                Map<String, Object> onvolledig = verzoekBody(gemeente);
                onvolledig.remove("uitvoeringsplan");
                String pad = verzoek(gemeente, onvolledig) + "/herstelverzoeken";
                api(Aanroeper.medewerker(gemeente)).body(Map.of()).post(pad).then().statusCode(201);
                yield Verzoek.van(pad);
            }
            case "UitdaagrechtverzoekResource_besluit" -> {
                String pad = verzoek(gemeente);
                UitdaagrechtData.stap(gemeente, pad.substring(pad.lastIndexOf('/') + 1), "IN_BEHANDELING");
                yield Verzoek.van(pad + "/besluit").body(Map.of("besluit", "TOEGEKEND", "motivering", "Meerwaarde"));
            }
            case "UitdaagrechtverzoekResource_overeenkomst" -> {
                String pad = verzoek(gemeente);
                UitdaagrechtData.toegekend(gemeente, pad.substring(pad.lastIndexOf('/') + 1), klok.vandaag());
                yield Verzoek.van(pad + "/overeenkomst")
                        .body(UitdaagrechtData.overeenkomst(klok.vandaag(), klok.vandaag().plusYears(1), "100.00"));
            }
            case "UitdaagrechtverzoekResource_teEvalueren" -> {
                verzoek(gemeente);
                yield Verzoek.van("/uitdaagrechtverzoeken/te-evalueren/" + gemeente);
            }
            case "UitdaagrechtverzoekResource_jaaroverzicht" -> {
                verzoek(gemeente);
                yield Verzoek.van("/uitdaagrechtverzoeken/jaaroverzichten/" + gemeente + "/" + klok.vandaag().getYear());
            }
            case "UitdaagrechtverzoekResource_wissen" -> Verzoek.van(verzoek(gemeente) + "/_wissen");
            case "UitdaagrechtverzoekResource_audittrail" -> Verzoek.van(verzoek(gemeente) + "/audittrail");
            default -> null;
        };
    }

    private static Map<String, Object> regelsetBody(String gemeente) {
        return Map.of("gemeente", gemeente, "regels", Map.of("onkostenvergoedingBasisbedrag", new BigDecimal("375.00"),
                "onkostenvergoedingBasisjaar", 2020, "incidenteleOndersteuningJaarplafond", new BigDecimal("5000.00"),
                "minimaalAantalKernambtenaren", 2, "beslistermijnWeken", 8, "hersteltermijnDagen", 14));
    }

    private static String regelset(String gemeente) {
        return aangemaakt(gemeente, "/regelsets", regelsetBody(gemeente));
    }

    /** A verzoek whose indiener is a person: the personal fields a read may show only to the own gemeente. */
    private Map<String, Object> verzoekBody(String gemeente) {
        Map<String, Object> body = UitdaagrechtData.verzoek(gemeente, klok.vandaag());
        body.put("indiener", Map.of("type", "INWONERS", "naam", Persoonsgegevens.NAAM,
                "contactpersoon", contactpersoon()));
        return body;
    }

    /** The path of a new verzoek, recorded by a medewerker. */
    private String verzoek(String gemeente) {
        return verzoek(gemeente, verzoekBody(gemeente));
    }

    private static String verzoek(String gemeente, Map<String, Object> body) {
        return "/uitdaagrechtverzoeken/" + api(Aanroeper.medewerker(gemeente)).body(body).post("/uitdaagrechtverzoeken")
                .then().statusCode(201).extract().path("id");
    }

    private void verwijderGemeente(String gemeente) {
        QuarkusTransaction.requiringNew().run(() -> database.createNativeQuery("delete from gemeente where code = :code")
                .setParameter("code", gemeente).executeUpdate());
    }

    private static String aangemaakt(String gemeente, String collectie, Object body) {
        return api(Aanroeper.beheerder(gemeente)).body(body).post(collectie).then().statusCode(201).extract().path("id");
    }

    private static String nieuweKern(String gemeente) {
        return TestData.nieuweKern(gemeente, "Kern " + KERN.incrementAndGet());
    }

    private static Map<String, Object> kernBody(String gemeente) {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", "Zoelen");
        body.put("gemeente", gemeente);
        body.put("kernwethouder", Persoonsgegevens.NAAM);
        return body;
    }

    private static String kern(String gemeente) {
        return aangemaakt(gemeente, "/kernen", kernBody(gemeente));
    }

    private static Map<String, Object> kernambtenaarBody(String gemeente) {
        return Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL, "telefoon", Persoonsgegevens.TELEFOON,
                "gemeente", gemeente, "kernIds", List.of(nieuweKern(gemeente)));
    }

    private static String kernambtenaar(String gemeente) {
        return aangemaakt(gemeente, "/kernambtenaren", kernambtenaarBody(gemeente));
    }

    private static Map<String, Object> contactpersoon() {
        return Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL, "telefoon", Persoonsgegevens.TELEFOON);
    }

    private static Map<String, Object> organisatieBody(String gemeente) {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", "Dorpsbelang Zoelen");
        body.put("gemeente", gemeente);
        body.put("rechtsvorm", "VERENIGING");
        body.put("kernIds", List.of(nieuweKern(gemeente)));
        body.put("contactpersoon", contactpersoon());
        return body;
    }

    private static String organisatie(String gemeente) {
        return aangemaakt(gemeente, "/dorpsbelangenorganisaties", organisatieBody(gemeente));
    }

    private static Map<String, Object> groepBody(String gemeente) {
        Map<String, Object> body = new HashMap<>();
        body.put("soort", "SIGNALERINGSGROEP");
        body.put("naam", "Signaleringsgroep Zoelen");
        body.put("gemeente", gemeente);
        body.put("kernId", nieuweKern(gemeente));
        body.put("contactpersoon", contactpersoon());
        return body;
    }

    private static String groep(String gemeente) {
        return aangemaakt(gemeente, "/signaleringsgroepen", groepBody(gemeente));
    }

    private static String signaleringsvergoeding(String gemeente) {
        String pad = "/signaleringsvergoedingen/" + gemeente + "/2024";
        api(Aanroeper.beheerder(gemeente)).body(Map.of("bedrag", new BigDecimal("250.00"))).put(pad).then().statusCode(201);
        return pad;
    }

    private static String inflatiecijfer(String gemeente) {
        String pad = "/inflatiecijfers/" + VRIJ_JAAR.getAndIncrement();
        api(Aanroeper.beheerder(gemeente)).body(Map.of("cpiPercentage", new BigDecimal("2.5"))).put(pad).then().statusCode(201);
        return pad;
    }

    private static Map<String, Object> initiatiefBody(String gemeente) {
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", gemeente);
        body.put("titel", "Speeltuin");
        body.put("doel", "Kinderen een veilige plek geven om buiten te spelen");
        body.put("activiteit", "Een speeltuin aanleggen");
        body.put("schaal", "DORP_WIJK");
        body.put("initiatiefnemer", Map.of("type", "INWONER", "naam", Persoonsgegevens.NAAM, "contact", Persoonsgegevens.TELEFOON));
        body.put("vasteContactpersoon", Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL));
        return body;
    }

    private static String initiatief(String gemeente) {
        return api(Aanroeper.medewerker(gemeente)).body(initiatiefBody(gemeente)).post("/initiatieven").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> budgetBody(String gemeente) {
        return Map.of("gemeente", gemeente, "jaar", 2025, "totaalbedrag", new BigDecimal("1000.00"), "beslismodus", "COMMISSIE");
    }

    private static String budget(String gemeente) {
        return aangemaakt(gemeente, "/leefbaarheidsbudgetten", budgetBody(gemeente));
    }

    private static Map<String, Object> aanvraagBody() {
        return Map.of("aanvrager", Persoonsgegevens.NAAM, "omschrijving", "Bankjes bij de dorpsweide",
                "gevraagdBedrag", new BigDecimal("250.00"));
    }

    private static String aanvraag(String gemeente, String budget) {
        String pad = "/leefbaarheidsbudgetten/" + budget + "/aanvragen";
        return pad + "/" + api(Aanroeper.medewerker(gemeente)).body(aanvraagBody()).post(pad).then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> ondersteuningBody(String gemeente) {
        return Map.of("gemeente", gemeente, "jaar", 2025, "omschrijving", "Zaalhuur dorpstafel", "bedrag", new BigDecimal("250.00"));
    }

    private static String ondersteuning(String gemeente) {
        return aangemaakt(gemeente, "/incidentele-ondersteuningen", ondersteuningBody(gemeente));
    }
}
