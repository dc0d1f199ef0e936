package nl.participatiesuite.assessment.beoordeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Uitkomst;

/**
 * Stores and reads beoordelingen. Computing (with its peer calls) happens before, in
 * {@link BeoordelingBerekening}; the transactions here only write what was computed.
 */
@ApplicationScoped
public class BeoordelingService {

    private final BeoordelingMapper mapper;
    private final BeoordelingBerekening berekening;
    private final JsonKolommen json;

    BeoordelingService(BeoordelingMapper mapper, BeoordelingBerekening berekening, JsonKolommen json) {
        this.mapper = mapper;
        this.berekening = berekening;
        this.json = json;
    }

    @Transactional
    public Beoordeling bewaar(BeoordelingBerekening.Berekend berekend) {
        Beoordeling beoordeling = new Beoordeling();
        beoordeling.gemeente = berekend.gemeente();
        mapper.schrijf(berekend, beoordeling);
        beoordeling.persistAndFlush();
        return beoordeling;
    }

    /** 404, 428 and 412 before anything is computed; the same check runs again when the result is written. */
    public Beoordeling teVervangen(UUID id, String ifMatch) {
        Beoordeling beoordeling = Beoordelingen.existing(id);
        Preconditions.requireMatch(ifMatch, beoordeling.versie);
        return beoordeling;
    }

    @Transactional
    public Beoordeling vervang(UUID id, String ifMatch, BeoordelingBerekening.Berekend berekend) {
        Beoordeling beoordeling = Beoordelingen.existing(id);
        Preconditions.requireMatch(ifMatch, beoordeling.versie);
        mapper.schrijf(berekend, beoordeling);
        beoordeling.flush();
        return beoordeling;
    }

    public Page<Beoordeling> list(BeoordelingFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.gemeente() != null) {
            where.add("gemeente = :gemeente");
            params.and("gemeente", filter.gemeente());
        }
        if (filter.initiatief() != null) {
            where.add("initiatiefId = :initiatief");
            params.and("initiatief", filter.initiatief());
        }
        if (filter.kern() != null) {
            where.add("kernId = :kern");
            params.and("kern", filter.kern());
        }
        if (filter.niveau() != null) {
            where.add("niveau = :niveau");
            params.and("niveau", filter.niveau());
        }
        if (filter.intensiteit() != null) {
            where.add("intensiteit = :intensiteit");
            params.and("intensiteit", filter.intensiteit());
        }
        Sort nieuwsteEerst = Sort.by("aangemaaktOp", Sort.Direction.Descending).and("id");
        PanacheQuery<Beoordeling> query = where.isEmpty()
                ? Beoordeling.findAll(nieuwsteEerst)
                : Beoordeling.find(String.join(" and ", where), nieuwsteEerst, params);
        return Paging.page(query, page);
    }

    /** Recomputes the stored answers as a replacement would, and lists what would change; stores nothing. */
    public HerberekeningResponse herbereken(UUID id) {
        Beoordeling beoordeling = Beoordelingen.existing(id);
        Uitkomst opgeslagen = mapper.uitkomst(beoordeling);
        BeoordelingBerekening.Berekend nu = berekening.herbereken(beoordeling.gemeente, beoordeling.initiatiefId,
                beoordeling.kernId, mapper.invoer(beoordeling));
        List<Verschil> verschillen = JsonVerschil.tussen(zonderVersie(opgeslagen), zonderVersie(nu.uitkomst()));
        return new HerberekeningResponse(beoordeling.id, mapper.regelset(beoordeling, opgeslagen),
                RegelsetVerwijzing.van(nu.regelset()), !verschillen.isEmpty(), verschillen, nu.uitkomst());
    }

    /** The version label differs by definition; the question is whether the outcome itself changes. */
    private JsonNode zonderVersie(Uitkomst uitkomst) {
        ObjectNode boom = (ObjectNode) json.boom(uitkomst);
        boom.remove("regelsetVersie");
        return boom;
    }
}
