package pl.opium.portal;

import jakarta.ejb.Stateless;
import pl.opium.recruitment.PortalService;

/**
 * The parent's services for a parent signed in through the city's OIDC broker. It lives in the
 * portal WAR with no security domain of its own, so WildFly runs it in the deployment's virtual
 * security domain, where the broker's identity is; the roles come from the token (PARENT).
 * Owners are named {@code oidc:<name>}, so that a broker's name can never be a local account's.
 */
@Stateless
public class BrokerPortalService extends PortalService {

    static final String OWNER_PREFIX = "oidc:";

    @Override
    protected String parent() {
        return OWNER_PREFIX + super.parent();
    }
}
