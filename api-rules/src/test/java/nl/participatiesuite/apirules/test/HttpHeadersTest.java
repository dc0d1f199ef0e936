package nl.participatiesuite.apirules.test;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HTTP headers an integrating client builds on, through HTTP on each service: Location and Link as the public
 * URL behind the ingress (X-Forwarded-Host/-Proto from a trusted proxy), conditional GET with If-None-Match, a path id
 * that is no UUID as invalid input, and 406 for an Accept the operation cannot serve. Every request goes through
 * {@code api()}, so the contract must document each status and header seen here ({@link DocumentedHeaders}).
 */
public abstract class HttpHeadersTest extends ContractRequests {

    private static final String PUBLIC_HOST = "participatie.gemeente.example";

    /** A collection that takes POST and answers 201 with Location and ETag, e.g. {@code /kernen}. */
    protected abstract String collection();

    /** A valid body for a new object in {@link #collection()}, in a gemeente the test now works in. */
    protected abstract Map<String, Object> newObject();

    private ExtractableResponse<Response> create(boolean forwarded) {
        Map<String, Object> body = newObject();
        var request = api().body(body);
        if (forwarded) {
            request.header("X-Forwarded-Host", PUBLIC_HOST).header("X-Forwarded-Proto", "https");
        }
        return request.post(collection()).then().statusCode(201).extract();
    }

    /**
     * With the trusted proxies given as plain addresses, Quarkus' forwarding check stalled a keep-alive connection after
     * some dozens of requests (found by bench/run); in CIDR notation it does not. One connection, 300 requests in a row:
     * a stall is a read that times out.
     */
    @Test
    void aKeepAliveConnectionKeepsAnswering() throws java.io.IOException {
        java.net.URI basis = java.net.URI.create(io.restassured.RestAssured.baseURI);
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket(basis.getHost(), port)) {
            socket.setSoTimeout(5_000);
            var uit = socket.getOutputStream();
            var in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
            byte[] verzoek = ("GET /api/v1 HTTP/1.1\r\nHost: " + basis.getHost() + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < 300; i++) {
                uit.write(verzoek);
                uit.flush();
                int lengte = -1;
                String regel = leesRegel(in);
                assertTrue(regel.startsWith("HTTP/1.1 200"), "request " + i + ": " + regel);
                while (!(regel = leesRegel(in)).isEmpty()) {
                    if (regel.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        lengte = Integer.parseInt(regel.substring("content-length:".length()).trim());
                    }
                }
                assertTrue(lengte > 0, "request " + i + " has no Content-Length");
                in.readFully(new byte[lengte]);
            }
        }
    }

    private static String leesRegel(java.io.DataInputStream in) throws java.io.IOException {
        StringBuilder regel = new StringBuilder();
        int teken;
        while ((teken = in.read()) != '\n') {
            if (teken < 0) {
                throw new java.io.EOFException("connection closed");
            }
            if (teken != '\r') {
                regel.append((char) teken);
            }
        }
        return regel.toString();
    }

    @Test
    void locationAndLinkNameThePublicUrlBehindTheIngress() {
        ExtractableResponse<Response> created = create(true);
        String id = created.path("id");
        assertEquals("https://" + PUBLIC_HOST + "/api/v1" + collection() + "/" + id, created.header("Location"));
        String link = api().header("X-Forwarded-Host", PUBLIC_HOST).header("X-Forwarded-Proto", "https")
                .queryParam("pageSize", 1).get(collection()).then().statusCode(200).extract().header("Link");
        assertTrue(link.startsWith("<https://" + PUBLIC_HOST + "/api/v1" + collection() + "?"), link);
        assertTrue(link.contains("rel=\"first\""), link);
    }

    /** Without a proxy in between, Location and Link share the base the client used. */
    @Test
    void locationAndLinkShareOneBase() {
        String location = create(false).header("Location");
        String link = api().queryParam("pageSize", 1).get(collection()).then().statusCode(200).extract().header("Link");
        String base = location.substring(0, location.indexOf("/api/v1/"));
        assertTrue(base.matches("http://[^/]+"), location);
        assertTrue(link.startsWith("<" + base + "/api/v1" + collection() + "?"), link);
    }

    @Test
    void aGetWithTheCurrentEtagIsNotModified() {
        String location = create(false).header("Location");
        String path = location.substring(location.indexOf("/api/v1/") + "/api/v1".length());
        String etag = api().get(path).then().statusCode(200).extract().header("ETag");
        assertTrue(etag.matches("\"\\d+\""), etag);
        for (String ifNoneMatch : new String[] {etag, "W/" + etag, "\"999999\", " + etag, "*"}) {
            api().header("If-None-Match", ifNoneMatch).get(path).then().statusCode(304)
                    .header("ETag", equalTo(etag))
                    .header("API-Version", matchesPattern("\\d+\\.\\d+\\.\\d+"))
                    .body(emptyString());
        }
        api().header("If-None-Match", "\"999999\"").get(path).then().statusCode(200).header("ETag", equalTo(etag))
                .body("id", equalTo(path.substring(path.lastIndexOf('/') + 1)));
    }

    @Test
    void aPathIdThatIsNoUuidIsInvalidInput() {
        api().get(collection() + "/geen-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].code", equalTo("format"))
                .body("invalidParams[0].name", equalTo("id"))
                .body("instance", equalTo("/api/v1" + collection() + "/geen-uuid"));
    }

    @Test
    void anAcceptTheOperationCannotServeIsNotAcceptable() {
        api().accept("text/html").get(collection()).then().statusCode(406).contentType("application/problem+json")
                .body("type", startsWith("https://")).body("status", equalTo(406));
    }
}
