package nl.participatiesuite.assessment.support;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.security.Rollen;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.ContractRequests;
import nl.participatiesuite.apirules.test.LocalIdentityProvider;
import nl.participatiesuite.apirules.test.Persoonsgegevens;

/** Test data with personal values ({@link Persoonsgegevens}) for the security tests of domain.md §4. */
public final class Beveiliging {

    /** A kernambtenaar whose name, e-mail and phone are the values no other gemeente may ever see. */
    public static final String[] GEHEIM = {Persoonsgegevens.NAAM, Persoonsgegevens.EMAIL, Persoonsgegevens.TELEFOON};

    private Beveiliging() {
    }

    /** A kern of the gemeente in the registry stub whose kernambtenaar has the secret values. */
    public static UUID kernMetGeheimeKernambtenaar(String gemeente) {
        return PeerStubs.kern(gemeente, "Maurik", GEHEIM);
    }

    /** A stored beoordeling of the gemeente whose outcome names that kernambtenaar. */
    public static String beoordelingMetGeheimeKernambtenaar(String gemeente) {
        return TestData.nieuweBeoordeling(TestData.sportveldjes(gemeente, kernMetGeheimeKernambtenaar(gemeente)));
    }

    /**
     * A request as a medewerker of the gemeente whose token carries the secret name ({@link Persoonsgegevens#NAAM}):
     * the actor the service records from it is personal data.
     */
    public static RequestSpecification alsGeheimeMedewerker(String gemeente) {
        String token = LocalIdentityProvider.voorTests().claims("medewerker-" + gemeente, gemeente, Rollen.MEDEWERKER)
                .set("name", Persoonsgegevens.NAAM).sign();
        return ContractRequests.api(Aanroeper.ANONIEM).header("Authorization", "Bearer " + token);
    }

    /** A trajectory of the gemeente at step 2, moved there by the medewerker with the secret name. */
    public static String trajectMetGeheimeActor(String gemeente) {
        String id = ContractRequests.api().body(Map.of("gemeente", gemeente, "naam", "Samenwerking afvalinzameling"))
                .post("/samenwerkingstrajecten").then().statusCode(201).extract().path("id");
        alsGeheimeMedewerker(gemeente).body(Map.of("naarStap", 2)).post("/samenwerkingstrajecten/" + id + "/overgangen")
                .then().statusCode(200);
        return id;
    }
}
