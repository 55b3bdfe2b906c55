package pl.opium.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.SameSiteCookieHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

/**
 * The headers every answer of the application carries, pages, downloads, redirects and the
 * container's own error and login answers alike (hence Undertow's handler chain, not a filter): no
 * framing by other sites, no guessing of types, no full addresses sent to other sites, a policy that
 * keeps plugins, foreign forms and base rewrites out. Behind HTTPS ({@code -Dopium.https=true}, or a
 * request that came over TLS) browsers are also told to come back over HTTPS only, and the session
 * cookie is sent over HTTPS only. The session cookie is HttpOnly (web.xml) and SameSite=Lax.
 */
public class SecurityHeaders implements ServletExtension {

    /** The operator's setting: the server is reached over HTTPS (directly or through a proxy that terminates it). */
    public static final String HTTPS = "opium.https";

    static final String POLICY = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    static final String SESSION_COOKIE = "JSESSIONID";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        boolean https = Boolean.getBoolean(HTTPS);
        if (https) {
            deployment.getServletSessionConfig().setSecure(true);
        }
        // SameSite=Lax: the session cookie is not sent with requests other sites start (a form posted to
        // us, an image); following a link still is
        deployment.addOuterHandlerChainWrapper(next -> new Headers(new SameSiteCookieHandler(next, "Lax", SESSION_COOKIE), https));
    }

    private static final class Headers implements HttpHandler {

        private final HttpHandler next;
        private final boolean https;

        Headers(HttpHandler next, boolean https) {
            this.next = next;
            this.https = https;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            var headers = exchange.getResponseHeaders();
            headers.put(HttpString.tryFromString("Content-Security-Policy"), POLICY);
            headers.put(HttpString.tryFromString("X-Frame-Options"), "DENY");
            headers.put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
            headers.put(HttpString.tryFromString("Referrer-Policy"), "strict-origin-when-cross-origin");
            if (https || exchange.isSecure()) {
                headers.put(HttpString.tryFromString("Strict-Transport-Security"), HSTS);
            }
            next.handleRequest(exchange);
        }
    }
}
