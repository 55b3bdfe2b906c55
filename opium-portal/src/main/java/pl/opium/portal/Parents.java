package pl.opium.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import pl.opium.recruitment.application.PortalService;
import pl.opium.recruitment.broker.BrokerPortalService;

/**
 * The parent's services as this request reaches them: through the broker's bean when the parent
 * signed in with OIDC, otherwise (a local account, FORM login) through the application's domain.
 */
@RequestScoped
public class Parents {

    static final String OIDC = "OIDC";

    @EJB(lookup = Ear.PORTAL)
    private PortalService local;

    @EJB(lookup = Ear.BROKER_PORTAL)
    private BrokerPortalService broker;

    @Inject
    private HttpServletRequest request;

    public PortalService portal() {
        return OIDC.equalsIgnoreCase(request.getAuthType()) ? broker : local;
    }
}
