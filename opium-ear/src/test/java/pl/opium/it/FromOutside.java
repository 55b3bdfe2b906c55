package pl.opium.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;

import java.net.URL;

/** Tests that use the application from outside, as a browser or an HTTP client: every method runs as a client. */
@RunAsClient
abstract class FromOutside extends OnSharedDeployment {

    /** The application's address, ending in a slash. */
    @ArquillianResource
    protected URL base;
}
