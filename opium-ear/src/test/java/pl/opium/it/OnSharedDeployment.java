package pl.opium.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class extends: the application deployed once for all of them
 * ({@link SharedDeployment}), the EAR with every test class in it and the parents' portal beside it.
 * A test class that needs something else from the server adds it to {@link Deployments#shared()}
 * rather than declaring its own deployment. In-container test methods run in the EAR (the default
 * deployment); tests that use the application from outside are {@code @RunAsClient}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class OnSharedDeployment {

    @Deployment(order = 1)
    static EnterpriseArchive opiumEar() {
        return Deployments.shared();
    }

    @Deployment(name = "portal", order = 2, testable = false)
    static WebArchive portalWar() {
        return Deployments.portal();
    }
}
