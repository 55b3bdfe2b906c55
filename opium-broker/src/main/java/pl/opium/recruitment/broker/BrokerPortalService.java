package pl.opium.recruitment.broker;

import jakarta.ejb.Stateless;
import pl.opium.recruitment.application.PortalService;

/**
 * The parent's services for a parent signed in through the city's OIDC broker. The broker's sign-in
 * lives in the portal's own deployment ({@code opium-portal.war}), whose identities WildFly keeps in
 * that deployment's virtual security domain; this bean is bound to the same domain (jboss-ejb3.xml,
 * {@code virtual-security-domain=opium-portal.war}), so it sees the parent as the broker named them,
 * with the roles of the token (PARENT). It is an EJB module of its own because WildFly allows one
 * security domain per EJB module. Owners are named {@code oidc:<name>}: a broker's name can never
 * pass for a local account's.
 */
@Stateless
public class BrokerPortalService extends PortalService {

    static final String OWNER_PREFIX = "oidc:";

    @Override
    protected String parent() {
        return OWNER_PREFIX + super.parent();
    }
}
