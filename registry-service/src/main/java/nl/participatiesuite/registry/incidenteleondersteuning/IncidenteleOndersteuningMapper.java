package nl.participatiesuite.registry.incidenteleondersteuning;

import nl.participatiesuite.apirules.input.Tekst;

/** Request → incidentele ondersteuning. A grant is not changed afterwards: it is withdrawn (DELETE). */
final class IncidenteleOndersteuningMapper {

    private IncidenteleOndersteuningMapper() {
    }

    static void apply(IncidenteleOndersteuningRequest request, IncidenteleOndersteuning ondersteuning) {
        ondersteuning.gemeente = request.gemeente();
        ondersteuning.jaar = request.jaar();
        ondersteuning.omschrijving = Tekst.normaliseer(request.omschrijving());
        ondersteuning.bedrag = request.bedrag();
        ondersteuning.initiatiefId = request.initiatiefId();
    }
}
