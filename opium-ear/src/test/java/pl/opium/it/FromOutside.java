package pl.opium.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/** Tests that use the application from outside, as a browser or an HTTP client: the EAR as built, nothing added to it. */
@ExtendWith(ArquillianExtension.class)
abstract class FromOutside {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.opiumWith();
    }

    /** The application's address, ending in a slash. */
    @ArquillianResource
    protected URL base;
}
