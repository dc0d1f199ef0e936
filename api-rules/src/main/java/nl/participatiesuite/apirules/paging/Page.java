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

    /** An inexact count is a lower bound; the items already seen on this page count too. */
    public static <T> Page<T> of(List<T> items, PageRequest request, Telling telling) {
        long totalItems = telling.exact() ? telling.aantal() : Math.max(telling.aantal(), (long) request.offset() + items.size());
        int totalPages = (int) Math.max(1, (totalItems + request.pageSize - 1) / request.pageSize);
        return new Page<>(items, request.page, request.pageSize, totalItems, totalPages, telling.exact());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, pageSize, totalItems, totalPages, totalItemsExact);
    }
}
