package nl.participatiesuite.apirules.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection, with the totals a client needs to render a pager. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, example = "1") int page,
        @Schema(required = true, example = "20") int pageSize,
        @Schema(required = true, example = "15",
                description = "Het aantal items; bij totalItemsExact=false een ondergrens (er zijn er meer).")
        long totalItems,
        @Schema(required = true, example = "1") int totalPages,
        @Schema(required = true, example = "true",
                description = "false bij zeer grote resultaten: het tellen stopt bij 1000 zodat elke pagina even weinig kost.")
        boolean totalItemsExact) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return of(items, request, Telling.exact(totalItems));
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, Telling telling) {
        return at(items, request.offset(), request.pageSize, telling);
    }

    /**
     * The page whose first item is item {@code position} of the list (0-based). Its number is the one it has when
     * the list is cut in pages of {@code pageSize}; a cursor page that started at another size rounds down.
     * An inexact count is a lower bound; the items up to and on this page count too.
     */
    public static <T> Page<T> at(List<T> items, long position, int pageSize, Telling telling) {
        long totalItems = telling.exact() ? telling.aantal() : Math.max(telling.aantal(), position + items.size());
        int totalPages = (int) Math.max(1, (totalItems + pageSize - 1) / pageSize);
        return new Page<>(items, (int) (position / pageSize) + 1, pageSize, totalItems, totalPages, telling.exact());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, pageSize, totalItems, totalPages, totalItemsExact);
    }
}
