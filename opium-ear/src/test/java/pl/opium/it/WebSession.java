package pl.opium.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person's browser session over plain HTTP: cookies, redirects, the container's FORM login. */
final class WebSession {

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    WebSession(URL base) {
        this.base = base;
    }

    /** Opens the home page, is sent the login form, submits it; returns the page logged into. */
    HttpResponse<String> logIn(String username, String password) {
        get("index.xhtml");
        return post("j_security_check", "j_username=" + encode(username) + "&j_password=" + encode(password));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** The value of the named cookie the server set for this session, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The id in the first link to the given page, e.g. {@code registry/institution.xhtml?id=123}. */
    static long idInLink(String html, String page) {
        Matcher matcher = Pattern.compile(Pattern.quote(page) + "\\?id=(\\d+)").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No link to " + page + " in the page");
        }
        return Long.parseLong(matcher.group(1));
    }

    private URI uri(String path) {
        String root = base.toExternalForm();
        return URI.create(root.endsWith("/") ? root + path : root + "/" + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
