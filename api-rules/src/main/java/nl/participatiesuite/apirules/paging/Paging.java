package nl.participatiesuite.apirules.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;

/**
 * One page of a Panache query whose cost does not grow with the table: the items come from an
 * index scan with LIMIT, and the total is counted exactly only up to {@link #EXACT_COUNT_LIMIT}
 * (by reading at most that many identifiers). Beyond it the page says "at least" instead of
 * scanning a million rows for a number nobody pages to.
 */
public final class Paging {

    public static final int EXACT_COUNT_LIMIT = 1_000;

    private Paging() {
    }

    public static <T> Page<T> page(PanacheQuery<T> query, PageRequest request) {
        return page(query, query, request);
    }

    /**
     * With a text search, pass the same query without its sort as {@code countQuery}: counting in
     * index order would walk the whole index to find the matches, unsorted the trigram index finds them.
     */
    public static <T> Page<T> page(PanacheQuery<T> query, PanacheQuery<?> countQuery, PageRequest request) {
        List<T> items = query.range(request.offset(), request.offset() + request.pageSize - 1).list();
        return Page.of(items, request, count(countQuery, request, items.size()));
    }

    public static Telling count(PanacheQuery<?> query, PageRequest request, int onThisPage) {
        if (onThisPage > 0 && onThisPage < request.pageSize) {
            // A partly filled page is the last one: the total follows without another query.
            return Telling.exact(request.offset() + onThisPage);
        }
        int upTo = query.project(Identiteit.class).range(0, EXACT_COUNT_LIMIT).list().size();
        return Telling.bounded(upTo, EXACT_COUNT_LIMIT);
    }

    /** Only the identifier is read when counting ("id" is the identifier of every entity in HQL). */
    public record Identiteit(Object id) {
    }
}
