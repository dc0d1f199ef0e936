package nl.participatiesuite.evaluation.leerzaam;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.evaluation.evaluatie.Evaluatie;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieVoorwaarden;
import nl.participatiesuite.evaluation.regels.Schaal;

/** The reports gemeenten chose to share; which of their fields others see is {@link LeerzaamVoorbeeld}'s business. */
@ApplicationScoped
public class LeerzaamVoorbeeldService {

    public Page<Evaluatie> list(String gemeente, String thema, Schaal schaal, PageRequest page) {
        EvaluatieVoorwaarden voorwaarden = new EvaluatieVoorwaarden()
                .altijd("e.gedeeld = true")
                .gemeente(gemeente)
                .thema(thema)
                .als(schaal, "schaal",
                        "exists (select 1 from Evaluatie e2 join e2.werkvormen w where e2 = e and w.schaal = :schaal)");
        String hql = "from Evaluatie e" + voorwaarden.where();
        PanacheQuery<Evaluatie> query = Evaluatie.find(hql,
                Sort.by("aangemaaktOp", Sort.Direction.Descending).and("id", Sort.Direction.Descending), voorwaarden.parameters());
        // Counted unsorted: with a thema the matching rows come from its index, not from walking the sort order.
        return Paging.page(query, Evaluatie.find(hql, voorwaarden.parameters()), page);
    }

    /** A report that is not shared does not exist for other gemeenten: the same answer as an unknown id. */
    public Evaluatie get(UUID id) {
        Evaluatie evaluatie = Evaluatie.findById(id);
        if (evaluatie == null || !evaluatie.gedeeld) {
            throw ProblemException.notFound("Leerzaam voorbeeld", id);
        }
        return evaluatie;
    }
}
