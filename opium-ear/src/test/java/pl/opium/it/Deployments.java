package pl.opium.it;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * The deployment every integration test uses: the EAR the build produced, with the test classes
 * added to its WAR and Elytron's API visible to them (to act as a given user).
 */
final class Deployments {

    private static final String STRUCTURE = """
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                <sub-deployment name="opium-web.war">
                    <dependencies>
                        <module name="org.wildfly.security.elytron"/>
                    </dependencies>
                </sub-deployment>
            </jboss-deployment-structure>
            """;

    private Deployments() {
    }

    /** Built once: the first test class's packaging of it is what stays deployed. */
    private static EnterpriseArchive shared;

    /**
     * The deployment all integration tests share ({@link OnSharedDeployment}): the EAR with every class
     * of this package in its WAR (but the crash test's own server's probe, the benchmarks and the client
     * side's extension), Awaitility and GreenMail for tests that wait or read mail, and the CDI observer
     * that records entity changes in the EJB module, where the events are fired.
     */
    static synchronized EnterpriseArchive shared() {
        if (shared == null) {
            EnterpriseArchive ear = withEjbClasses(withAwaitility(opiumWith()), RecordedChanges.class);
            WebArchive war = ear.getAsType(WebArchive.class, "opium-web.war");
            war.addPackages(false, Filters.exclude(".*/(CrashRecoveryIT|CrashProbe|RecordedChanges|SharedDeployment)"
                    + "(\\$.*)?\\.class|.*Benchmark(\\$.*)?\\.class"), Deployments.class.getPackage());
            war.addPackages(true, "com.icegreen.greenmail");
            shared = ear;
        }
        return shared;
    }

    static EnterpriseArchive opiumWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("opium.ear", "target/opium.ear")));
        WebArchive war = ear.getAsType(WebArchive.class, "opium-web.war");
        war.addClasses(testClasses);
        war.addClasses(As.class, Deployments.class);
        war.addAsLibrary(jarOf(Assertions.class));
        war.setWebXML(new StringAsset(withPublicTestRunner(read(war, "WEB-INF/web.xml"))));
        ear.addAsManifestResource(new StringAsset(STRUCTURE), "jboss-deployment-structure.xml");
        return ear;
    }

    /** The parents' portal's address, on the server of the intranet's address. */
    static URL portal(URL server) {
        try {
            return new URL(server, "/rekrutacja/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parents' portal as built: deployed beside the EAR, after it (it uses the EAR's classes and beans). */
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("opium.portal", "target/opium-portal.war")));
    }

    /** Adds Awaitility (and the Hamcrest it needs) for tests that wait for asynchronous work. */
    static EnterpriseArchive withAwaitility(EnterpriseArchive ear) {
        ear.getAsType(WebArchive.class, "opium-web.war").addPackages(true, "org.awaitility", "org.hamcrest");
        return ear;
    }

    /**
     * Adds classes to the EJB module: CDI observers of events fired there must live there, since
     * the EJB module's beans cannot see the WAR's.
     */
    static EnterpriseArchive withEjbClasses(EnterpriseArchive ear, Class<?>... classes) {
        ear.getAsType(JavaArchive.class, "opium-ejb.jar").addClasses(classes);
        return ear;
    }

    /**
     * The application requires a login for every URL; Arquillian's test runner servlet must stay
     * reachable, so the test deployment lists it with the public URLs (login page, resources).
     */
    private static String withPublicTestRunner(String webXml) {
        String marker = "<url-pattern>/login.xhtml</url-pattern>";
        if (!webXml.contains(marker)) {
            throw new IllegalStateException("web.xml no longer has the public login page constraint");
        }
        return webXml.replace(marker, marker + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
