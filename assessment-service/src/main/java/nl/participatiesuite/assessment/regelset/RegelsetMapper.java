package nl.participatiesuite.assessment.regelset;

import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Regelset;

/** Request to entity, for a publication. The version number is the service's to give, before this runs. */
final class RegelsetMapper {

    private RegelsetMapper() {
    }

    /** The rules are stored under the label the outcomes will name ({@link GekozenRegelset#label}). */
    static void apply(RegelsetRequest request, GepubliceerdeRegelset regelset, JsonKolommen json) {
        regelset.gemeente = request.gemeente();
        regelset.toelichting = Tekst.normaliseer(request.toelichting());
        regelset.regels = json.schrijf(metVersie(request.regels(), GekozenRegelset.label(regelset.gemeente, regelset.versie)));
    }

    static Regelset metVersie(Regelset r, String versie) {
        return new Regelset(versie, r.intensiteit(), r.samenwerkingsplan(), r.bredereGroepVanaf(), r.behoefte(),
                r.maximumPerIntensiteit(), r.maximumBijBeslisser(), r.ladder(), r.ladderBijLicht(), r.startnotitie(),
                r.belangenanalyseHinderVanaf(), r.inbrengGebruik(), r.werkvormen(), r.verplichteParticipatie());
    }
}
