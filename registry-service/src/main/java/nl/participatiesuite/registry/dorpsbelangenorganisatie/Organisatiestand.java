package nl.participatiesuite.registry.dorpsbelangenorganisatie;

import nl.participatiesuite.registry.regels.ConvenantStatus;

/** An organisatie with where its convenant stands today (the service asks the Klok), read together. */
record Organisatiestand(Dorpsbelangenorganisatie organisatie, ConvenantStatus convenantStatus) {
}
