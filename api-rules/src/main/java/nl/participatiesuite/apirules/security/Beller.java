package nl.participatiesuite.apirules.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.participatiesuite.apirules.problem.ProblemException;

/**
 * Who calls, for which gemeente (domain.md §4), taken from the verified token only. The role checks are the
 * {@code @RolesAllowed} on each endpoint; the gemeente checks are here, because only the service knows the
 * gemeente of the object a request touches.
 *
 * <p>A suite service account ({@link #isSysteem()}: role {@link Rollen#SYSTEEM}, no gemeente) is the suite's own
 * back end loading what it shows its own callers (the assessment's caches): it reads the data of every gemeente,
 * personal fields included, because the service that asked shows them only to callers who may see them. It acts for
 * no gemeente, so it writes nothing ({@link #controleerSchrijven} refuses it as any token without a gemeente).
 */
@RequestScoped
public class Beller {

    /** Identity attributes set by {@link TokenRollen} from the verified token. */
    static final String GEMEENTE = "suite.gemeente";
    static final String NAAM = "suite.naam";
    static final String CLIENT = "suite.client";

    @Inject
    SecurityIdentity identity;

    private String gemeenteVanAntwoord;

    public boolean isAnoniem() {
        return identity.isAnonymous();
    }

    /** The CBS code of the token's gemeente claim; null for anonymous callers and tokens without one. */
    public String gemeente() {
        return identity.isAnonymous() ? null : identity.getAttribute(GEMEENTE);
    }

    /**
     * A suite service account: role systeem and no gemeente (client credentials of one of the suite's services).
     * A token that names a gemeente acts for that gemeente only, whatever else it says.
     */
    public boolean isSysteem() {
        return heeftRol(Rollen.SYSTEEM) && gemeente() == null;
    }

    public boolean heeftRol(String rol) {
        return !identity.isAnonymous() && identity.hasRole(rol);
    }

    /** The token's subject: the stable id of the person or system, never a value from a request body. */
    public String subject() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public String naam() {
        return identity.isAnonymous() ? null : identity.getAttribute(NAAM);
    }

    public String clientId() {
        return identity.isAnonymous() ? null : identity.getAttribute(CLIENT);
    }

    /** The actor of a recorded transition: the token's name and subject. */
    public String actor() {
        if (identity.isAnonymous()) {
            return "anoniem";
        }
        String naam = naam();
        return naam == null || naam.isBlank() ? subject() : naam + " (" + subject() + ")";
    }

    /**
     * The class of callers that read exactly what this caller reads: {@link #magLezen} gives the same for every
     * gemeente to two callers of one class (a service account; a raadpleger or higher of one gemeente; everyone
     * else). Answers kept for one caller are shown to the others of its class only (http.Weergaven).
     */
    public String zichtklasse() {
        if (isSysteem()) {
            return "systeem";
        }
        String gemeente = gemeente();
        return gemeente != null && heeftRol(Rollen.RAADPLEGER) ? "lezer:" + gemeente : "publiek";
    }

    /** A raadpleger (or higher) of this gemeente sees personal fields; anonymous and other gemeenten do not. */
    public boolean magPersoonsgegevensZien(String gemeente) {
        return magLezen(gemeente);
    }

    /**
     * Whether this caller reads the non-public data of this gemeente: a raadpleger (or higher) of it, or a suite
     * service account; the boolean form of {@link #controleerLezen}, for answers that only shrink for other callers.
     */
    public boolean magLezen(String gemeente) {
        if (gemeente == null) {
            return false;
        }
        return isSysteem() || heeftRol(Rollen.RAADPLEGER) && gemeente.equals(gemeente());
    }

    /** A write (create, change, delete, transition) in this gemeente: only for callers of that gemeente. */
    public void controleerSchrijven(String gemeente) {
        if (gemeente() == null || !gemeente().equals(gemeente)) {
            throw ProblemException.forbidden("andere-gemeente", gemeente() == null
                    ? "Uw token noemt geen gemeente; schrijven kan alleen namens een gemeente."
                    : "U handelt namens " + gemeente() + " en kunt niet schrijven in een andere gemeente.");
        }
    }

    /**
     * A write of national data that no gemeente owns (the CBS inflation figures): only for a caller who acts for
     * a gemeente, so every change names one in the audit trail; a token without a gemeente is refused.
     */
    public void controleerSchrijvenNamensEenGemeente() {
        controleerSchrijven(gemeente());
    }

    /** A read of data that is not public: only for callers of that gemeente, and for a suite service account. */
    public void controleerLezen(String gemeente) {
        if (gemeente != null && isSysteem()) {
            return;
        }
        if (gemeente() == null || !gemeente().equals(gemeente)) {
            throw ProblemException.forbidden("andere-gemeente", gemeente() == null
                    ? "Uw token noemt geen gemeente; deze gegevens zijn alleen voor de eigen gemeente."
                    : "U handelt namens " + gemeente() + "; deze gegevens zijn alleen voor de eigen gemeente.");
        }
    }

    /**
     * The gemeente a list of non-public data is limited to: the requested one when it is the caller's own,
     * the caller's own when none is requested; another gemeente is refused. A suite service account has no own
     * gemeente: it names the one it reads, or is refused.
     */
    public String eigenGemeente(String gevraagd) {
        if (gevraagd == null) {
            controleerLezen(gemeente());
            return gemeente();
        }
        controleerLezen(gevraagd);
        return gevraagd;
    }

    /**
     * The gemeente of this whole response, for responses whose objects do not name it themselves (a history
     * of one initiatief): their personal fields are then shown or hidden as for this gemeente.
     */
    public void antwoordHoortBij(String gemeente) {
        this.gemeenteVanAntwoord = gemeente;
    }

    String gemeenteVanAntwoord() {
        return gemeenteVanAntwoord;
    }
}
