package nl.participatiesuite.apirules.test;

import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lookups of one of the service's caches so far, by result (hit, miss), as /q/metrics shows them. */
public final class Cachetellingen {

    private Cachetellingen() {
    }

    public static Map<String, Double> van(String cache) {
        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Pattern lookup = Pattern.compile("suite_cache_lookups_total\\{cache=\"" + Pattern.quote(cache)
                + "\",result=\"(hit|miss)\"} ([0-9.E]+)");
        Map<String, Double> lookups = new HashMap<>(Map.of("hit", 0.0, "miss", 0.0));
        Matcher matcher = lookup.matcher(metrics);
        while (matcher.find()) {
            lookups.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        return lookups;
    }
}
