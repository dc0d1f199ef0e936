package nl.participatiesuite.apirules.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page of a list that can also be walked by cursor: {@code page}/{@code pageSize} as everywhere, or
 * {@code cursor} (from the {@code next} link) with {@code pageSize}. Only lists ordered by a
 * {@link KeysetOrder} take it; the others keep {@link PageRequest}, so their contract offers no cursor.
 */
public class CursorPageRequest extends PageRequest {

    @QueryParam("cursor")
    @Parameter(description = "Vervolg na de vorige pagina: de waarde uit de link rel=\"next\" (ondoorzichtig, niet"
            + " zelf samenstellen). Kost even weinig op elke diepte; niet samen met een page anders dan 1.")
    public String cursor;
}
