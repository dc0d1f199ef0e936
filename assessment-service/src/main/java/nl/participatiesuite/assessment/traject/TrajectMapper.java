package nl.participatiesuite.assessment.traject;

import java.util.List;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.assessment.common.JsonKolommen;

/** Request to entity, for a new trajectory; free text normalised, partner names as a JSON array. */
final class TrajectMapper {

    private TrajectMapper() {
    }

    static void apply(TrajectRequest request, Traject traject, JsonKolommen json) {
        traject.gemeente = request.gemeente();
        traject.naam = Tekst.normaliseer(request.naam());
        traject.omschrijving = Tekst.normaliseer(request.omschrijving());
        List<String> partners = request.partners() == null ? List.of()
                : request.partners().stream().map(Tekst::normaliseer).toList();
        traject.partners = json.schrijf(partners);
    }
}
