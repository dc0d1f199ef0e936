package nl.participatiesuite.apirules.input;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * {@code @PastOrPresent} and its kin ask the same clock as the rest of the service ({@code Klok}, Dutch
 * time): with the JVM's own clock a Dutch date of today could be "in the future" just after midnight.
 */
@Singleton
public class ValidationClock implements ValidatorFactoryCustomizer {

    private final Clock clock;

    ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.clockProvider(() -> clock);
    }
}
