package nl.participatiesuite.apirules.security;

/**
 * A response object whose personal fields are personal only when it describes a natural person: an
 * initiatiefnemer of type INWONER is one, an organisation or the gemeente is not (domain.md §4). For such an
 * object that says it is no natural person, its fields marked personal are shown to everyone.
 */
public interface MogelijkNatuurlijkPersoon {

    /** Not a bean getter on purpose: neither the JSON nor the contract get a property for it. */
    boolean beschrijftNatuurlijkPersoon();
}
