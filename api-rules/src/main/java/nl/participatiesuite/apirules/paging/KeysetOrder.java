package nl.participatiesuite.apirules.paging;

import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.ProblemException;

/**
 * The order of a list that pages by cursor (keyset paging): its sort key, ending in the unique {@code id}.
 * A page after a cursor is {@code where (a, b, id) > (:a, :b, :id) order by a, b, id limit n}, which an index
 * on {@code (a, b, id)} answers by seeking, at any depth. The fields share one direction because only then
 * is "after" one row-value comparison that PostgreSQL turns into an index condition; a list "newest first"
 * is therefore {@code aangemaaktOp desc, id desc}.
 */
public final class KeysetOrder<T> {

    /** A field of the sort key: the entity attribute (as the HQL query names it), its type, and how to read it. */
    public record Field<T>(String attribute, Class<?> type, Function<T, Object> value) {
        public Field {
            if (!Cursor.SLEUTELTYPEN.contains(type)) {
                throw new IllegalArgumentException(attribute + ": a cursor holds no " + type.getSimpleName());
            }
        }
    }

    private final List<Field<T>> fields;
    private final Sort.Direction direction;

    private KeysetOrder(Sort.Direction direction, List<Field<T>> fields) {
        this.direction = direction;
        this.fields = List.copyOf(fields);
    }

    @SafeVarargs
    public static <T> KeysetOrder<T> ascending(Field<T>... fields) {
        return new KeysetOrder<>(Sort.Direction.Ascending, List.of(fields));
    }

    @SafeVarargs
    public static <T> KeysetOrder<T> descending(Field<T>... fields) {
        return new KeysetOrder<>(Sort.Direction.Descending, List.of(fields));
    }

    public static <T> Field<T> field(String attribute, Class<?> type, Function<T, Object> value) {
        return new Field<>(attribute, type, value);
    }

    public Sort sort() {
        Sort sort = Sort.by(fields.get(0).attribute(), direction);
        for (Field<T> field : fields.subList(1, fields.size())) {
            sort = sort.and(field.attribute(), direction);
        }
        return sort;
    }

    /**
     * Where the requested page starts. With a cursor: after its key, as a condition for the list's query.
     * Without: at the offset of {@code page}, as everywhere.
     */
    public PageStart start(CursorPageRequest request) {
        if (request.cursor == null) {
            return PageStart.byNumber(request);
        }
        if (request.page != 1) {
            // Both say where the page starts; rather than pick one silently, the client is told.
            throw ProblemException.invalid("page", InvalidParamCode.INCONSISTENT,
                    "page hoort niet bij een cursor: de cursor zegt al waar de pagina begint.");
        }
        Cursor cursor = Cursor.lees(request.cursor, fields.stream().<Class<?>>map(Field::type).toList());
        List<String> attributes = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            attributes.add(fields.get(i).attribute());
            parameters.add(":cursor" + i);
            values.put("cursor" + i, cursor.sleutel().get(i));
        }
        String condition = "(" + String.join(", ", attributes) + ") " + (direction == Sort.Direction.Ascending ? ">" : "<")
                + " (" + String.join(", ", parameters) + ")";
        return PageStart.afterCursor(request, cursor.positie(), condition, values);
    }

    /** The cursor of the page after {@code last}, the item at {@code position} - 1 of the list. */
    String cursorAfter(T last, long position) {
        return new Cursor(position, fields.stream().map(field -> field.value().apply(last)).toList()).tekst();
    }
}
