package nl.participatiesuite.assessment.peer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How fresh data that another service owns was when a computation used it from this service's cache. */
@Schema(name = "Actualiteitsstatus", description = "ACTUEEL: de laatste verversing lukte en is niet ouder dan de"
        + " ingestelde maximale leeftijd. VEROUDERD: de gegevens zijn er, maar de laatste verversing mislukte of is te"
        + " lang geleden; de uitkomst gebruikt de laatst bekende. ONBESCHIKBAAR: nog nooit geladen; de uitkomst doet het"
        + " zonder.")
public enum Actualiteitsstatus {
    ACTUEEL,
    VEROUDERD,
    ONBESCHIKBAAR
}
