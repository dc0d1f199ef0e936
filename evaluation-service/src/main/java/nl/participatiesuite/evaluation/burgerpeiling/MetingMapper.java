package nl.participatiesuite.evaluation.burgerpeiling;

/** Request to entity, for create and update; the values were checked by Meetwaarden (at most one decimal). */
final class MetingMapper {

    private MetingMapper() {
    }

    static void apply(MetingRequest request, Meting meting) {
        meting.jaar = request.jaar();
        meting.waarde = request.waarde().setScale(1);
        meting.benchmark = request.benchmark() == null ? null : request.benchmark().setScale(1);
    }
}
