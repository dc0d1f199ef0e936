package nl.participatiesuite.evaluation.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection, with the totals a client needs to render a pager. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, example = "1") int page,
        @Schema(required = true, example = "20") int pageSize,
        @Schema(required = true, example = "15") long totalItems,
        @Schema(required = true, example = "1") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) Math.max(1, (totalItems + request.pageSize - 1) / request.pageSize);
        return new Page<>(items, request.page, request.pageSize, totalItems, totalPages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, pageSize, totalItems, totalPages);
    }
}
