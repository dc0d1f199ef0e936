package nl.participatiesuite.apirules.paging;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A page as a 200 response with an RFC 8288 Link header (first, prev, next, last) and X-Total-Count.
 * When the total is only a lower bound, there is no last link and no X-Total-Count, and next is
 * given whenever this page is full.
 */
public final class PageResponses {

    private PageResponses() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uriInfo) {
        List<String> links = new ArrayList<>();
        links.add(link(uriInfo, 1, page.pageSize(), "first"));
        if (page.page() > 1) {
            links.add(link(uriInfo, Math.min(page.page() - 1, page.totalPages()), page.pageSize(), "prev"));
        }
        boolean more = page.totalItemsExact() ? page.page() < page.totalPages() : page.items().size() == page.pageSize();
        if (more) {
            links.add(link(uriInfo, page.page() + 1, page.pageSize(), "next"));
        }
        if (!page.totalItemsExact()) {
            return RestResponse.ResponseBuilder.ok(page).header("Link", String.join(", ", links)).build();
        }
        links.add(link(uriInfo, page.totalPages(), page.pageSize(), "last"));
        return RestResponse.ResponseBuilder.ok(page)
                .header("Link", String.join(", ", links))
                .header("X-Total-Count", page.totalItems())
                .build();
    }

    /**
     * Absolute, with the same base as a Location: the request URI as the client used it (behind the ingress the
     * public URL, from the X-Forwarded-* headers of a trusted proxy), so a client can follow a link as it is.
     */
    private static String link(UriInfo uriInfo, int page, int pageSize, String rel) {
        URI uri = uriInfo.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", pageSize)
                .build();
        return "<" + uri.toASCIIString() + ">; rel=\"" + rel + "\"";
    }
}
