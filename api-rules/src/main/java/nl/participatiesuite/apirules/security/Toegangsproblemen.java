package nl.participatiesuite.apirules.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.participatiesuite.apirules.problem.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json. A 401 names the scheme in WWW-Authenticate (RFC 6750): without a token
 * just the scheme, with a token that failed verification also {@code error="invalid_token"}. Why a token
 * failed is never told: that helps an attacker more than a client.
 */
public class Toegangsproblemen {

    static final String SCHEMA = "Bearer realm=\"participatie-suite\"";

    @ServerExceptionMapper({AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response ongeldigToken(RuntimeException e, HttpServerRequest request) {
        boolean metToken = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        return Response.fromResponse(Problems.response(Problems.of(401, "niet-geauthenticeerd", "Niet geauthenticeerd",
                        metToken ? "Het token is ongeldig of verlopen." : "Dit verzoek vraagt een geldig bearer-token.",
                        request.path(), null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, metToken ? SCHEMA + ", error=\"invalid_token\"" : SCHEMA)
                .build();
    }

    @ServerExceptionMapper
    public Response geenToken(UnauthorizedException e, HttpServerRequest request) {
        return ongeldigToken(e, request);
    }

    @ServerExceptionMapper
    public Response geenToegang(ForbiddenException e, HttpServerRequest request) {
        return Problems.response(Problems.of(403, "geen-toegang", "Geen toegang",
                "Uw rol geeft geen toegang tot deze bewerking.", request.path(), null));
    }
}
