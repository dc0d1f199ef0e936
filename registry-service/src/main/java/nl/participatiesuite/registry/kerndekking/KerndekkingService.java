package nl.participatiesuite.registry.kerndekking;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.registry.gemeente.Gemeenten;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.kernambtenaar.Kernambtenaar;
import nl.participatiesuite.registry.regels.KerndekkingDoel;
import nl.participatiesuite.registry.regelset.GeldendeRegelset;
import nl.participatiesuite.registry.regelset.Regelsets;

@ApplicationScoped
public class KerndekkingService {

    @Inject
    Beller beller;

    @Inject
    Klok klok;

    /** How far the gemeente is: for its own callers only. */
    public KerndekkingResponse voor(String gemeente) {
        beller.controleerLezen(gemeente);
        Gemeenten.existing(gemeente);
        List<Kern> kernen = Kern.list("gemeente", Sort.by("naam").and("id"), gemeente);
        Set<UUID> gedekt = new HashSet<>(Kern.getEntityManager().createQuery(
                        "select distinct k.id from Kernambtenaar a join a.kernen k where a.gemeente = :gemeente", UUID.class)
                .setParameter("gemeente", gemeente).getResultList());
        long aantalKernambtenaren = Kernambtenaar.count("gemeente", gemeente);
        List<KerndekkingResponse.KernZonderKernambtenaar> zonder = kernen.stream()
                .filter(kern -> !gedekt.contains(kern.id))
                .map(kern -> new KerndekkingResponse.KernZonderKernambtenaar(kern.id, kern.naam))
                .toList();
        int aantalGedekt = kernen.size() - zonder.size();
        // The minimum is the gemeente's own, from the rule set in force today; the answer names it.
        GeldendeRegelset regelset = Regelsets.geldendOp(gemeente, klok.vandaag());
        int minimum = regelset.regels().minimaalAantalKernambtenaren();
        KerndekkingDoel.Toetsing toetsing = KerndekkingDoel.toets(kernen.size(), aantalGedekt, aantalKernambtenaren, minimum);
        return new KerndekkingResponse(gemeente, kernen.size(), aantalGedekt, aantalKernambtenaren, zonder,
                toetsing.alleKernenGedekt(), minimum, toetsing.minimumKernambtenarenBereikt(),
                toetsing.minimumKernambtenarenBereikt(), toetsing.doelBereikt(),
                regelset.label());
    }
}
