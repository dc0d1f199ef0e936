package nl.participatiesuite.apirules.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A secret an entity must keep to do its work (a subscriber's signing secret, the authorization value sent to it): the
 * audit trail stores only a pseudonym of it, as of a personal value, and no response ever contains it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Geheim {
}
