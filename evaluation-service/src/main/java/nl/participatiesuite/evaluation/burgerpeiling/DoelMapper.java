package nl.participatiesuite.evaluation.burgerpeiling;

/** Request to entity, for create and update; the value was checked by Meetwaarden (at most one decimal). */
final class DoelMapper {

    private DoelMapper() {
    }

    static void apply(DoelRequest request, Doel doel) {
        doel.jaar = request.jaar();
        doel.waarde = request.waarde().setScale(1);
    }
}
