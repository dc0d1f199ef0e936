package nl.participatiesuite.apirules.notificaties;

import java.time.Duration;

/** The dispatcher's settings for tests without Quarkus: quick retries, parking far away. */
record TestInstellingen() implements Instellingen {

    @Override
    public boolean verzenden() {
        return true;
    }

    @Override
    public Duration interval() {
        return Duration.ofMillis(20);
    }

    @Override
    public String basisUrl() {
        return "http://localhost/api/v1";
    }

    @Override
    public String bron() {
        return "urn:nld:participatie-suite:test";
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    public Duration eersteWachttijd() {
        return Duration.ofMillis(20);
    }

    @Override
    public Duration maximaleWachttijd() {
        return Duration.ofMillis(200);
    }

    @Override
    public Duration parkerenNa() {
        return Duration.ofHours(1);
    }

    @Override
    public Duration bewaartermijn() {
        return Duration.ofDays(7);
    }

    @Override
    public int gelijktijdig() {
        return 4;
    }

    @Override
    public boolean alleenHttps() {
        return false;
    }
}
