package nl.participatiesuite.registry.regelset;

import java.time.LocalDate;
import nl.participatiesuite.apirules.input.Tekst;

/** Request to entity, for a publication. The version number and the default ingangsdatum are the service's to give. */
final class RegelsetMapper {

    private RegelsetMapper() {
    }

    static void apply(RegelsetRequest request, Regelset regelset, LocalDate ingangsdatum) {
        regelset.gemeente = request.gemeente();
        regelset.ingangsdatum = ingangsdatum;
        regelset.toelichting = Tekst.normaliseer(request.toelichting());
        RegelsRequest regels = request.regels();
        regelset.onkostenvergoedingBasisbedrag = regels.onkostenvergoedingBasisbedrag().setScale(2);
        regelset.onkostenvergoedingBasisjaar = regels.onkostenvergoedingBasisjaar();
        regelset.incidenteleOndersteuningJaarplafond = regels.incidenteleOndersteuningJaarplafond().setScale(2);
        regelset.minimaalAantalKernambtenaren = regels.minimaalAantalKernambtenaren();
        regelset.beslistermijnWeken = regels.beslistermijnWeken();
        regelset.hersteltermijnDagen = regels.hersteltermijnDagen();
    }
}
