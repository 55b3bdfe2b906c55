package pl.opium.it;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;

/**
 * The city's identity broker, for the tests: a real OIDC provider (mock-oauth2-server, with its
 * sign-in page) started in the test's JVM, and the portal configured to sign parents in through it —
 * the commands of {@code standalone-config/parents-oidc.cli.example}. The portal reads its sign-in
 * configuration as it is deployed; the tests share one deployment of it (started perhaps before this
 * setup), so the portal is redeployed after the configuration is added and again after it is removed
 * at the end of the class: every other test finds the portal with local accounts. It is a JUnit
 * extension, not a server set-up task: WildFly's Arquillian runs those as a class's deployment is
 * deployed, which a class on the shared deployment does not do. In the server (where JUnit runs the
 * in-container methods again) it does nothing.
 */
public class OidcBroker implements BeforeAllCallback, AfterAllCallback {

    static final String ISSUER = "miasto";
    static final String CLIENT = "opium-portal";
    private static final String DEPLOYMENT = "opium-portal.war";
    private static final ModelNode ADDRESS = Operations.createAddress("subsystem", "elytron-oidc-client",
            "secure-deployment", DEPLOYMENT);

    private static MockOAuth2Server provider;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (inServer()) {
            return;
        }
        try (ModelControllerClient client = management()) {
            setup(client);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (inServer()) {
            return;
        }
        try (ModelControllerClient client = management()) {
            tearDown(client);
        }
    }

    private static boolean inServer() {
        return System.getProperty("jboss.server.base.dir") != null;
    }

    /** The tests' server's management interface (WildFly's default address and port). */
    private static ModelControllerClient management() throws IOException {
        return ModelControllerClient.Factory.create("127.0.0.1", 9990);
    }

    private void setup(ModelControllerClient client) throws Exception {
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        provider.start();
        String issuer = provider.issuerUrl(ISSUER).toString().replaceAll("/$", "");
        // left behind by a run that stopped before its tear-down (the server keeps its configuration)
        client.execute(Operations.createRemoveOperation(ADDRESS));
        ModelNode add = Operations.createAddOperation(ADDRESS);
        add.get("provider-url").set(issuer);
        add.get("client-id").set(CLIENT);
        add.get("ssl-required").set("NONE");
        add.get("principal-attribute").set("sub");
        execute(client, add);
        ModelNode secret = Operations.createAddOperation(Operations.createAddress("subsystem", "elytron-oidc-client",
                "secure-deployment", DEPLOYMENT, "credential", "secret"));
        secret.get("secret").set("tajne-haslo-klienta");
        execute(client, secret);
        redeployPortal(client);
    }

    private void tearDown(ModelControllerClient client) throws Exception {
        try {
            execute(client, Operations.createRemoveOperation(ADDRESS));
            redeployPortal(client);
        } finally {
            if (provider != null) {
                provider.shutdown();
            }
        }
    }

    /** Has a deployed portal read its sign-in configuration again; one not deployed yet reads it as it is. */
    private static void redeployPortal(ModelControllerClient client) throws IOException {
        ModelNode deployment = Operations.createAddress("deployment", DEPLOYMENT);
        if (Operations.isSuccessfulOutcome(client.execute(Operations.createReadResourceOperation(deployment)))) {
            execute(client, Operations.createOperation("redeploy", deployment));
        }
    }

    private static void execute(ModelControllerClient client, ModelNode operation) throws IOException {
        ModelNode result = client.execute(operation);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException("OIDC configuration refused: " + Operations.getFailureDescription(result));
        }
    }
}
