package nl.participatiesuite.apirules.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The page a client asks for: {@code page} from 1, {@code pageSize} 1..100 (default 20). */
public class PageRequest {

    public static final int MAX_PAGE_SIZE = 100;
    /** Keeps (page - 1) × pageSize within an int offset. */
    public static final int MAX_PAGE = 10_000_000;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "page begint bij 1.")
    @Max(value = MAX_PAGE, message = "page is hoogstens 10000000.")
    public int page;

    @QueryParam("pageSize")
    @DefaultValue("20")
    @Min(value = 1, message = "pageSize is minimaal 1.")
    @Max(value = MAX_PAGE_SIZE, message = "pageSize is hoogstens 100.")
    public int pageSize;

    public int offset() {
        return (page - 1) * pageSize;
    }
}
