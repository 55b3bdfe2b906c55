package pl.opium.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person meets over HTTP: the container's FORM login against the user table, the pages
 * each role may open, and a refusal (403) for another institution's record asked for by URL.
 */
@RunAsClient
class LoginIT extends FromOutside {

    @Test
    void directorLogsInAndSeesTheirInstitution() {
        HttpResponse<String> home = new WebSession(base).logIn("sp01.dyrektor", As.DEMO_PASSWORD);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).endsWith("/index.xhtml");
        assertThat(home.body()).contains("Twoja placówka").contains("Szkoła Podstawowa nr 1 im.")
                .contains("Dyrektor placówki");
    }

    @Test
    void wrongPasswordSendsBackToTheFormWithAMessageAndIsAudited() {
        HttpResponse<String> page = new WebSession(base).logIn("sp01.dyrektor", "zle-haslo");

        assertThat(page.uri().toString()).contains("login.xhtml?error=true");
        assertThat(page.body()).contains("Nieprawidłowy login lub hasło");

        WebSession admin = new WebSession(base);
        admin.logIn("admin", As.DEMO_PASSWORD);
        HttpResponse<String> audit = admin.get("admin/audit.xhtml");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("Nieudane logowanie").contains("sp01.dyrektor");
    }

    @Test
    void aLinkOrAForgedPostToTheErrorPageLocksNobody() {
        WebSession stranger = new WebSession(base);
        for (int i = 0; i < 12; i++) {
            stranger.get("login-failed?j_username=p05.sekretariat");
            stranger.post("login-failed", "j_username=p05.sekretariat");
        }
        HttpResponse<String> home = new WebSession(base).logIn("p05.sekretariat", As.DEMO_PASSWORD);
        assertThat(home.uri().getPath()).endsWith("/index.xhtml");
    }

    @Test
    void realFailuresShutTheAccountForAWhileAndEveryFailureLooksTheSame() throws IOException {
        // the answer to a wrong password, to an unknown login and to a shut account is one and the same
        Answer unknown = signIn("127.0.0.1", "nikt.taki", "zle-haslo");
        Answer wrong = signIn("127.0.0.1", "p06.sekretariat", "zle-haslo");
        assertThat(unknown.status()).isEqualTo(302);
        assertThat(unknown).isEqualTo(wrong);
        assertThat(unknown.location()).endsWith("/login.xhtml?error=true");
        for (int i = 0; i < 4; i++) {
            signIn("127.0.0.1", "p06.sekretariat", "zle-haslo");
        }
        assertThat(signIn("127.0.0.1", "p06.sekretariat", As.DEMO_PASSWORD)).as("shut after five").isEqualTo(wrong);
        assertThat(signIn("127.0.0.1", "p07.sekretariat", As.DEMO_PASSWORD).location())
                .as("a right password elsewhere").doesNotContain("error");
    }

    @Test
    void anAddressThatFailsTooOftenIsRefusedEvenWithTheRightPassword() throws IOException {
        // password spraying from one address: a different login each time, so no account's count would see it
        String sprayer = "127.0.0.2";
        for (int i = 0; i < 30; i++) {
            signIn(sprayer, "spray" + i, "Haslo2026!");
        }
        Answer refused = signIn(sprayer, "p08.sekretariat", As.DEMO_PASSWORD);
        assertThat(refused.location()).endsWith("/login.xhtml?error=true");
        assertThat(signIn("127.0.0.1", "p08.sekretariat", As.DEMO_PASSWORD).location())
                .as("the account itself is not locked").doesNotContain("error");
    }

    @Test
    void theSessionIdentifierChangesAtSignIn() {
        WebSession session = new WebSession(base);
        session.get("index.xhtml");
        String before = session.cookie("JSESSIONID");
        session.logIn("p09.sekretariat", As.DEMO_PASSWORD);
        assertThat(before).isNotNull();
        assertThat(session.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
        java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
        WebSession officer = new WebSession(base);
        officer.logIn("pracownik.prz", As.DEMO_PASSWORD);
        List<HttpResponse<String>> answers = List.of(
                plain.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString()),
                plain.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("index.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString()),
                officer.get("registry/institutions.xhtml"),
                officer.get("download/board?id=999999999"));
        for (HttpResponse<String> answer : answers) {
            java.net.http.HttpHeaders headers = answer.headers();
            assertThat(headers.firstValue("X-Frame-Options")).as(answer.uri().toString()).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(answer.uri().toString()).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(answer.uri().toString())
                    .hasValue("strict-origin-when-cross-origin");
            assertThat(headers.allValues("Content-Security-Policy")).as(answer.uri().toString())
                    .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(headers.firstValue("Strict-Transport-Security")).as("plain HTTP here").isEmpty();
        }
        assertThat(answers.get(3).statusCode()).isEqualTo(404);
        // pages run no inline script but the framework's own, marked with a nonce new on every answer
        List<String> nonces = new java.util.ArrayList<>();
        for (HttpResponse<String> page : List.of(answers.get(0), answers.get(2), officer.get("registry/institutions.xhtml"))) {
            String policy = page.headers().allValues("Content-Security-Policy").stream()
                    .filter(value -> value.contains("script-src")).findFirst().orElseThrow();
            java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(policy);
            assertThat(nonce.find()).as(policy).isTrue();
            nonces.add(nonce.group(1));
            assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(nonces).doesNotHaveDuplicates();
        String sessionCookie = answers.get(1).headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
    }

    /** The first answer to a sign-in posted from the given local address (Linux routes all of 127/8 to loopback). */
    private Answer signIn(String fromAddress, String username, String password) throws IOException {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            byte[] body = form.getBytes(StandardCharsets.UTF_8);
            String request = "POST " + base.getPath() + "j_security_check HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            String location = null;
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                if (header.toLowerCase(java.util.Locale.ROOT).startsWith("location:")) {
                    location = header.substring("location:".length()).trim();
                }
            }
            return new Answer(status, location);
        }
    }

    private record Answer(int status, String location) {
    }

    @Test
    void aParentsLocalAccountCannotEnterTheIntranet() {
        HttpResponse<String> home = new WebSession(base).logIn("rodzic3", As.DEMO_PASSWORD);
        assertThat(home.statusCode()).isEqualTo(403);
        assertThat(home.body()).contains("Brak dostępu").doesNotContain("Twoja placówka");
    }

    @Test
    void administrationIsForTheAdministratorOnly() {
        WebSession director = new WebSession(base);
        director.logIn("dyrektor.wydzialu", As.DEMO_PASSWORD);
        assertThat(director.get("admin/users.xhtml").statusCode()).isEqualTo(403);
        assertThat(director.get("registry/institutions.xhtml").statusCode()).isEqualTo(200);

        WebSession admin = new WebSession(base);
        admin.logIn("admin", As.DEMO_PASSWORD);
        HttpResponse<String> users = admin.get("admin/users.xhtml");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("Użytkownicy").contains("Nowe konto");
        assertThat(users.body().split("admin/user-edit.xhtml\\?id=", -1)).as("a full first page of accounts").hasSize(26);
    }

    @Test
    void institutionStaffCannotOpenRegistryEditing() {
        WebSession secretary = new WebSession(base);
        secretary.logIn("sp01.sekretariat", As.DEMO_PASSWORD);

        assertThat(secretary.get("registry/import.xhtml").statusCode()).isEqualTo(403);
        assertThat(secretary.get("registry/institution-edit.xhtml").statusCode()).isEqualTo(403);
        assertThat(secretary.get("registry/groups.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherInstitutionsRecordByUrlGetsARefusalNotTheData() {
        WebSession other = new WebSession(base);
        long otherId = WebSession.idInLink(other.logIn("sp02.sekretariat", As.DEMO_PASSWORD).body(),
                "registry/institution.xhtml");
        String otherName = "Szkoła Podstawowa nr 2 im.";

        WebSession secretary = new WebSession(base);
        long ownId = WebSession.idInLink(secretary.logIn("sp01.sekretariat", As.DEMO_PASSWORD).body(),
                "registry/institution.xhtml");
        HttpResponse<String> own = secretary.get("registry/institution.xhtml?id=" + ownId);
        HttpResponse<String> refused = secretary.get("registry/institution.xhtml?id=" + otherId);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Szkoła Podstawowa nr 1 im.");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Brak dostępu").doesNotContain(otherName);
    }

    @Test
    void loggingOutEndsTheSession() {
        WebSession session = new WebSession(base);
        session.logIn("pracownik.prz", As.DEMO_PASSWORD);

        HttpResponse<String> after = session.post("logout", "");

        assertThat(after.uri().toString()).contains("login.xhtml?loggedOut=true");
        HttpResponse<String> protectedPage = session.get("registry/institutions.xhtml");
        assertThat(protectedPage.body()).contains("j_security_check").doesNotContain("Placówki</h1>");
    }

    @Test
    void everyAdministrationAndRegistryPageRendersForTheAdministrator() {
        WebSession admin = new WebSession(base);
        String home = admin.logIn("admin", As.DEMO_PASSWORD).body();
        assertThat(home).contains("Zespół Informatyki");

        for (String page : java.util.List.of("index.xhtml", "registry/institutions.xhtml", "registry/institution-edit.xhtml",
                "registry/groups.xhtml", "registry/group-edit.xhtml", "registry/units.xhtml", "registry/import.xhtml",
                "admin/users.xhtml", "admin/user-edit.xhtml", "admin/audit.xhtml", "account/password.xhtml")) {
            HttpResponse<String> response = admin.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("</main>").doesNotContain("Błąd aplikacji");
        }
        long userId = WebSession.idInLink(admin.get("admin/users.xhtml").body(), "admin/user-edit.xhtml");
        HttpResponse<String> user = admin.get("admin/user-edit.xhtml?id=" + userId);
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("Uprawnienia").contains("Ustaw nowe hasło");
        assertThat(admin.get("admin/user-edit.xhtml?id=999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void departmentOfficerBrowsesTheRegistry() {
        WebSession officer = new WebSession(base);
        officer.logIn("pracownik.prz", As.DEMO_PASSWORD);

        HttpResponse<String> list = officer.get("registry/institutions.xhtml");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Placówki").contains("BURSA 1").contains("Bursa / internat")
                .containsPattern("1–25 / [0-9]{3}");

        long id = WebSession.idInLink(list.body(), "registry/institution.xhtml");
        HttpResponse<String> details = officer.get("registry/institution.xhtml?id=" + id);
        assertThat(details.statusCode()).isEqualTo(200);
        assertThat(details.body()).contains("Kontakty").contains("Dyrektor");
        assertThat(officer.get("registry/groups.xhtml").body()).contains("Wszystkie przedszkola");
        assertThat(officer.get("registry/units.xhtml").body()).contains("Referat Przedszkoli");
        assertThat(officer.get("registry/import.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void everyMessagingPageRendersForThoseWhoMayOpenIt() {
        WebSession officer = new WebSession(base);
        officer.logIn("pracownik.prz", As.DEMO_PASSWORD);
        for (String page : java.util.List.of("messages/inbox.xhtml", "messages/compose.xhtml", "messages/groups.xhtml",
                "messages/list.xhtml", "messages/list.xhtml?box=DRAFTS", "messages/list.xhtml?box=AWAITING_ME",
                "messages/list.xhtml?box=ARCHIVED")) {
            HttpResponse<String> response = officer.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("</main>").doesNotContain("Błąd aplikacji");
        }
        assertThat(officer.get("messages/compose.xhtml").body()).contains("Do grup placówek").contains("Wszystkie przedszkola");
        assertThat(officer.get("messages/message.xhtml?id=999999999").statusCode()).isEqualTo(404);
        assertThat(officer.get("download/board?id=999999999").statusCode()).isEqualTo(404);
        assertThat(officer.get("admin/dead-letters.xhtml").statusCode()).isEqualTo(403);

        WebSession secretary = new WebSession(base);
        secretary.logIn("sp01.sekretariat", As.DEMO_PASSWORD);
        assertThat(secretary.get("messages/inbox.xhtml").statusCode()).isEqualTo(200);
        assertThat(secretary.get("messages/compose.xhtml").statusCode()).isEqualTo(403);
        assertThat(secretary.get("messages/board.xhtml?id=1").statusCode()).isEqualTo(403);
        assertThat(secretary.get("download/replies?id=1").statusCode()).isEqualTo(403);
        assertThat(secretary.get("messages/received.xhtml?id=999999999").statusCode()).isEqualTo(403);

        WebSession admin = new WebSession(base);
        admin.logIn("admin", As.DEMO_PASSWORD);
        HttpResponse<String> deadLetters = admin.get("admin/dead-letters.xhtml");
        assertThat(deadLetters.statusCode()).isEqualTo(200);
        assertThat(deadLetters.body()).contains("Niedoręczone wiadomości");
    }
}
