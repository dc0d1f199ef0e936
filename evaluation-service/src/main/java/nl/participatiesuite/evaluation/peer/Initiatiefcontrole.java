package nl.participatiesuite.evaluation.peer;

/** The registry's answer to "does this initiatief exist?", including "the registry could not tell". */
public sealed interface Initiatiefcontrole {

    record Bekend(RegistryInitiatief initiatief) implements Initiatiefcontrole {
    }

    record Onbekend() implements Initiatiefcontrole {
    }

    record Onbereikbaar() implements Initiatiefcontrole {
    }
}
