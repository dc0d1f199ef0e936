package nl.participatiesuite.apirules.http;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every service. Quarkus answers a request whose URI does not parse (a lone
 * {@code %}, {@code %zz}) with a bare 400 before any handler of ours runs; with its check switched off,
 * {@link HttpRules} decodes the URI strictly itself and answers with problem+json, naming the part
 * that is wrong. The switch is a JVM system property read when the HTTP layer loads, so it is set
 * here, before Quarkus starts. (The tests set it in the surefire configuration of the root pom.)
 */
@QuarkusMain
public final class SuiteMain {

    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    SuiteMain() {
    }

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
