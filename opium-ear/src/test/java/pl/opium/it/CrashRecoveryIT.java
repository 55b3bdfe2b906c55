package pl.opium.it;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guaranteed delivery under a real crash: a second server (the same provisioned WildFly, its own
 * base directory, ports +100, a 320-institution city of ~3,900 people) is killed with
 * {@code kill -9} while it fans a message out to every institution, and started again. The JMS
 * message and the half-done fan-out were one transaction: after the restart the broker redelivers,
 * the fan-out runs again, and every recipient ends with exactly one delivery.
 */
class CrashRecoveryIT {

    private static final int OFFSET = 100;
    private static final URI BASE = URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/opium/");
    private static final Duration BOOT = Duration.ofMinutes(5);

    private final Path base = Path.of("target", "crash-server").toAbsolutePath();
    private final Path log = base.resolve("log").resolve("server.log");
    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void aServerKilledInTheMiddleOfAFanOutDeliversToEveryRecipientExactlyOnceAfterRestart() throws Exception {
        prepareBaseDirectory();
        server = launch();
        WebSession officer = loggedIn();

        String sent = officer.get("crash-probe?send").body();
        long messageId = Long.parseLong(sent.replace("message=", "").trim());
        awaitInLog("Fan-out of message " + messageId + " started", Duration.ofMinutes(2));
        new ProcessBuilder("kill", "-9", Long.toString(server.pid())).inheritIO().start().waitFor();
        server.waitFor();
        assertThat(server.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(Files.readString(log)).as("the fan-out had not committed when the server died")
                .doesNotContain("Fan-out of message " + messageId + " committed");

        server = launch();
        awaitInLog("Fan-out of message " + messageId + " committed", BOOT);
        String counts = loggedIn().get("crash-probe?check=" + messageId).body();

        Matcher matcher = Pattern.compile("deliveries=(\\d+);distinct=(\\d+);expected=(\\d+)").matcher(counts);
        assertThat(matcher.find()).as(counts).isTrue();
        long deliveries = Long.parseLong(matcher.group(1));
        assertThat(deliveries).as("one delivery per recipient, none lost, none twice")
                .isEqualTo(Long.parseLong(matcher.group(2)))
                .isEqualTo(Long.parseLong(matcher.group(3)))
                .isGreaterThan(4000);
        System.out.println("Crash test: message " + messageId + " delivered " + deliveries
                + " times after kill -9 mid fan-out and restart");
    }

    /** A copy of the provisioned server's configuration, and the test EAR in its deployment folder. */
    private void prepareBaseDirectory() throws IOException, java.sql.SQLException {
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path configuration = Path.of(System.getProperty("jboss.home"), "standalone", "configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = base.resolve("configuration").resolve(configuration.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        // the tests' server lists the shared test deployment in its configuration; this server has its own
        Path serverConfiguration = base.resolve("configuration").resolve("standalone-full.xml");
        Files.writeString(serverConfiguration, Files.readString(serverConfiguration)
                .replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
        Files.createDirectories(base.resolve("deployments"));
        Deployments.opiumWith(CrashProbe.class, Sending.class).as(ZipExporter.class)
                .exportTo(base.resolve("deployments").resolve("opium.ear").toFile(), true);
        if ("postgresql".equals(System.getProperty("db.kind"))) {
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + System.getenv("DB_HOST")
                    + ":5432/postgres", "postgres", "postgres"); Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists opium_crash");
                sql.execute("create database opium_crash");
            }
        }
    }

    private Process launch() throws IOException {
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(System.getProperty("jboss.home"))
                .setBaseDirectory(base)
                .setServerConfiguration("standalone-full.xml")
                .addJavaOptions(System.getProperty("server.heap", "-Xmx768m").split(" "))
                .addJavaOptions("-Dopium.demo=true", "-Dopium.demo.story=false", "-Dopium.demo.size=large", "-Dopium.db.name=opium_crash",
                        "-Djboss.socket.binding.port-offset=" + OFFSET, "-Djava.net.preferIPv4Stack=true",
                        "-Duser.language=pl", "-Duser.country=PL");
        return Launcher.of(command).setRedirectErrorStream(true)
                .redirectOutput(base.resolve("console-" + Instant.now().toEpochMilli() + ".log"))
                .launch();
    }

    /** Logs in once the application answers. */
    private WebSession loggedIn() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(BOOT);
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(BASE.resolve("login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            assertThat(Instant.now()).as("server up in time").isBefore(until);
            assertThat(server.isAlive()).as("server running").isTrue();
            if (Files.exists(log)) {
                assertThat(Files.readString(log)).as("deployment on the crash server").doesNotContain("WFLYSRV0021");
            }
            Thread.sleep(500);
        }
        WebSession session = new WebSession(new URL(BASE.toString()));
        session.logIn("pracownik.prz", As.DEMO_PASSWORD);
        return session;
    }

    /** Follows the server log from where it is now until the text appears (reading only what is new). */
    private void awaitInLog(String text, Duration timeout) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(timeout);
        long position = 0;
        StringBuilder tail = new StringBuilder();
        while (true) {
            if (Files.exists(log)) {
                try (var channel = Files.newByteChannel(log)) {
                    channel.position(position);
                    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 20);
                    for (int n = channel.read(buffer); n > 0; n = channel.read(buffer)) {
                        position += n;
                        tail.append(new String(buffer.array(), 0, n, StandardCharsets.UTF_8));
                        buffer.clear();
                    }
                }
                if (tail.indexOf(text) >= 0) {
                    return;
                }
                tail.delete(0, Math.max(0, tail.length() - text.length()));
            }
            assertThat(Instant.now()).as("'" + text + "' in the server log in time").isBefore(until);
            Thread.sleep(2);
        }
    }
}
