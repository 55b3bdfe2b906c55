package pl.opium.it;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

import java.io.IOException;

/**
 * The city's identity broker, for the tests: a real OIDC provider (mock-oauth2-server, with its
 * sign-in page) started in the test's JVM, and the portal configured to sign parents in through it —
 * the commands of {@code standalone-config/parents-oidc.cli.example}. The portal waits for the EAR
 * and reads its sign-in configuration as it starts with it, that is after this setup and again after
 * the removal at the end of the class: every other test finds the portal with local accounts.
 */
public class OidcBroker implements ServerSetupTask {

    static final String ISSUER = "miasto";
    static final String CLIENT = "opium-portal";
    private static final String DEPLOYMENT = "opium-portal.war";
    private static final ModelNode ADDRESS = Operations.createAddress("subsystem", "elytron-oidc-client",
            "secure-deployment", DEPLOYMENT);

    private static MockOAuth2Server provider;

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        provider.start();
        String issuer = provider.issuerUrl(ISSUER).toString().replaceAll("/$", "");
        // left behind by a run that stopped before its tear-down (the server keeps its configuration)
        client.getControllerClient().execute(Operations.createRemoveOperation(ADDRESS));
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
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) throws Exception {
        try {
            execute(client, Operations.createRemoveOperation(ADDRESS));
        } finally {
            if (provider != null) {
                provider.shutdown();
            }
        }
    }

    private static void execute(ManagementClient client, ModelNode operation) throws IOException {
        ModelNode result = client.getControllerClient().execute(operation);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException("OIDC configuration refused: " + Operations.getFailureDescription(result));
        }
    }
}
