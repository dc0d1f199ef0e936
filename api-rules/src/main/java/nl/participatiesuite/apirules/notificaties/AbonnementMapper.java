package nl.participatiesuite.apirules.notificaties;

import java.util.List;

final class AbonnementMapper {

    private AbonnementMapper() {
    }

    static void apply(AbonnementRequest request, Abonnement abonnement) {
        abonnement.gemeente = request.gemeente();
        abonnement.callbackUrl = request.callbackUrl();
        abonnement.autorisatie = request.autorisatie();
        abonnement.geheim = request.geheim();
        List<Kanaalfilter> filters = request.kanalen().stream()
                .map(k -> new Kanaalfilter(k.naam(), k.acties() == null ? List.of() : k.acties().stream().distinct().toList(), k.kern() == null ? null : k.kern().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        abonnement.kanalen = Kanaalfilters.schrijf(filters);
    }
}
