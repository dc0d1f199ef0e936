package nl.participatiesuite.apirules.paging;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A page as a 200 response with an RFC 8288 Link header (first, prev, next, last) and X-Total-Count.
 * When the total is only a lower bound, there is no last link and no X-Total-Count, and next is
 * given whenever this page is full. A list that pages by cursor ({@link CursorPage}) gives next as
 * {@code ?cursor=…&pageSize=…}; first, prev and last stay page numbers, which every client can build.
 */
public final class PageResponses {

    private PageResponses() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uriInfo) {
        boolean more = page.totalItemsExact() ? page.page() < page.totalPages() : page.items().size() == page.pageSize();
        return ok(page, more ? link(byNumber(uriInfo, page.page() + 1, page.pageSize()), "next") : null, uriInfo);
    }

    public static <T> RestResponse<Page<T>> ok(CursorPage<T> cursorPage, UriInfo uriInfo) {
        Page<T> page = cursorPage.page();
        String next = cursorPage.nextCursor() == null ? null : link(uriInfo.getRequestUriBuilder()
                .replaceQueryParam("page")
                .replaceQueryParam("cursor", cursorPage.nextCursor())
                .replaceQueryParam("pageSize", page.pageSize()), "next");
        return ok(page, next, uriInfo);
    }

    private static <T> RestResponse<Page<T>> ok(Page<T> page, String next, UriInfo uriInfo) {
        List<String> links = new ArrayList<>();
        links.add(link(byNumber(uriInfo, 1, page.pageSize()), "first"));
        if (page.page() > 1) {
            links.add(link(byNumber(uriInfo, Math.min(page.page() - 1, page.totalPages()), page.pageSize()), "prev"));
        }
        if (next != null) {
            links.add(next);
        }
        if (!page.totalItemsExact()) {
            return RestResponse.ResponseBuilder.ok(page).header("Link", String.join(", ", links)).build();
        }
        links.add(link(byNumber(uriInfo, page.totalPages(), page.pageSize()), "last"));
        return RestResponse.ResponseBuilder.ok(page)
                .header("Link", String.join(", ", links))
                .header("X-Total-Count", page.totalItems())
                .build();
    }

    /** The request's URI at another page number; a cursor the request had no longer applies. */
    private static UriBuilder byNumber(UriInfo uriInfo, int page, int pageSize) {
        return uriInfo.getRequestUriBuilder()
                .replaceQueryParam("cursor")
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", pageSize);
    }

    /**
     * Absolute, with the same base as a Location: the request URI as the client used it (behind the ingress the
     * public URL, from the X-Forwarded-* headers of a trusted proxy), so a client can follow a link as it is.
     */
    private static String link(UriBuilder builder, String rel) {
        return "<" + builder.build().toASCIIString() + ">; rel=\"" + rel + "\"";
    }
}
