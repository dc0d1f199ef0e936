package nl.participatiesuite.apirules.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GET (RFC 9110 §13.1.2), once for every resource: a GET that would answer 200 with an ETag
 * answers 304 without a body when If-None-Match names that ETag, so a client that keeps a copy need not
 * download it again. The resource still reads the object (its access rules and 404 apply as before); only the
 * body is left out. If-None-Match compares weakly: W/"3" names the same version as "3"; * names any.
 */
public class ConditionalGet {

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        EntityTag etag = response.getEntityTag();
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (etag == null || ifNoneMatch == null || !names(ifNoneMatch, etag.getValue())) {
            return;
        }
        response.setStatus(304);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }

    static boolean names(String ifNoneMatch, String version) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + version + "\"")) {
                return true;
            }
        }
        return false;
    }
}
