package nl.participatiesuite.apirules.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a page of a {@link KeysetOrder} list starts: {@code position} items of the list come before it. A page
 * by number skips them in the query (offset); a page after a cursor skips nothing and adds {@code condition}
 * (with its {@code parameters}) to the list's filters instead.
 */
public record PageStart(CursorPageRequest request, long position, int skip, String condition, Map<String, Object> parameters) {

    static PageStart byNumber(CursorPageRequest request) {
        return new PageStart(request, request.offset(), request.offset(), null, Map.of());
    }

    static PageStart afterCursor(CursorPageRequest request, long position, String condition, Map<String, Object> parameters) {
        return new PageStart(request, position, 0, condition, Map.copyOf(parameters));
    }

    /** The list's filter conditions and, after a cursor, the condition "after the cursor's key". */
    public List<String> conditions(List<String> filters) {
        List<String> conditions = new ArrayList<>(filters);
        if (condition != null) {
            conditions.add(condition);
        }
        return conditions;
    }

    /** The list's filter parameters and, after a cursor, those of the cursor's key; a new map, the filters' own is kept for counting. */
    public Map<String, Object> parameters(Map<String, Object> filters) {
        Map<String, Object> all = new HashMap<>(filters);
        all.putAll(parameters);
        return all;
    }

    public int pageSize() {
        return request.pageSize;
    }
}
