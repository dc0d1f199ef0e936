package nl.participatiesuite.registry.uitdaagrecht;

/** The outcome of a besluit on a verzoek; each is also the status the verzoek moves to. */
public enum Besluitsoort {
    TOEGEKEND,
    AFGEWEZEN
}
