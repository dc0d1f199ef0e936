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
        return Page.of(items, request, count(countQuery, request.offset(), request.pageSize, items.size()));
    }

    /**
     * A page of a list ordered by {@code order}, starting where {@code start} says. {@code query} holds the
     * list's filters, {@code start}'s condition and {@code order}'s sort; {@code countQuery} only the filters, so
     * that a page after a cursor reports the same (bounded) total as the first page. The next page, if any, is
     * given as a cursor: following it costs the same at every depth.
     */
    public static <T> CursorPage<T> page(PanacheQuery<T> query, PanacheQuery<?> countQuery, PageStart start,
            KeysetOrder<T> order) {
        int pageSize = start.pageSize();
        List<T> items = query.range(start.skip(), start.skip() + pageSize - 1).list();
        Page<T> page = Page.at(items, start.position(), pageSize, count(countQuery, start.position(), pageSize, items.size()));
        long seen = start.position() + items.size();
        boolean more = page.totalItemsExact() ? seen < page.totalItems() : items.size() == pageSize;
        return new CursorPage<>(page, more && !items.isEmpty() ? order.cursorAfter(items.get(items.size() - 1), seen) : null);
    }

    private static Telling count(PanacheQuery<?> query, long position, int pageSize, int onThisPage) {
        if (onThisPage > 0 && onThisPage < pageSize) {
            // A partly filled page is the last one: the total follows without another query.
            return Telling.exact(position + onThisPage);
        }
        int upTo = query.project(Identiteit.class).range(0, EXACT_COUNT_LIMIT).list().size();
        return Telling.bounded(upTo, EXACT_COUNT_LIMIT);
    }

    /** Only the identifier is read when counting ("id" is the identifier of every entity in HQL). */
    public record Identiteit(Object id) {
    }
}
