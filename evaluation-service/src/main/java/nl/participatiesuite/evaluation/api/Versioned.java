package nl.participatiesuite.evaluation.api;

/**
 * A response body together with the version of the entity it shows, so a resource can set the ETag
 * after the transaction that produced both has ended.
 */
public record Versioned<T>(T body, long versie) {
}
