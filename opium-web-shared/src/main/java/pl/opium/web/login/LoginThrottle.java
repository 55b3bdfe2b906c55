package pl.opium.web.login;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import pl.opium.identity.SignInService;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Refuses sign-ins from an address that failed too many lately, before the container checks the
 * password: FORM login's {@code j_security_check} is answered by the container ahead of every filter
 * and servlet, so the check sits in Undertow's handler chain, in front of its security handlers. The
 * refusal is the same redirect as a wrong password, so a sprayer learns nothing from it.
 */
public class LoginThrottle implements ServletExtension {

    /** The sign-in bean: injected into the login filter in both WARs, declared in the portal's web.xml. */
    static final String SIGN_IN = "java:comp/env/pl.opium.web.login.SignedInFilter/signIn";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(Gate::new);
    }

    private static final class Gate implements HttpHandler {

        private final HttpHandler next;

        Gate(HttpHandler next) {
            this.next = next;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRelativePath().endsWith("/j_security_check")) {
                String address = exchange.getSourceAddress().getAddress().getHostAddress();
                SignInService signIn = signIn();
                if (signIn.addressThrottled(address)) {
                    signIn.loginThrottled(address);
                    ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
                    HttpServletResponse response = (HttpServletResponse) servlet.getServletResponse();
                    response.sendRedirect(servlet.getCurrentServletContext().getContextPath() + LoginFailedServlet.BACK_TO_FORM);
                    return;
                }
            }
            next.handleRequest(exchange);
        }

        private static SignInService signIn() throws NamingException {
            return InitialContext.doLookup(SIGN_IN);
        }
    }
}
