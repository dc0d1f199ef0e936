package nl.participatiesuite.apirules.paging;

import java.util.function.Function;

/** A page of a list that pages by cursor, with the cursor of the next page ({@code null} on the last page). */
public record CursorPage<T>(Page<T> page, String nextCursor) {

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(page.map(mapper), nextCursor);
    }
}
