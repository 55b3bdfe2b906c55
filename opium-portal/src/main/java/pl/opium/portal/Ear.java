package pl.opium.portal;

/**
 * Where the portal finds the application's beans: in the EAR deployed beside it. The portal is a
 * deployment of its own because a city's OIDC broker gives it a virtual security domain, which
 * WildFly 39 would otherwise impose on the intranet's WAR in the same EAR.
 */
final class Ear {

    private static final String BEANS = "java:global/opium/opium-ejb/";
    static final String PORTAL = BEANS + "PortalService!pl.opium.recruitment.application.PortalService";
    static final String BROKER_PORTAL = "java:global/opium/opium-broker/BrokerPortalService"
            + "!pl.opium.recruitment.broker.BrokerPortalService";
    static final String CAMPAIGNS = BEANS + "CampaignService!pl.opium.recruitment.campaign.CampaignService";
    static final String ACCOUNTS = BEANS + "AccountService!pl.opium.identity.AccountService";
    static final String REGISTRY = BEANS + "RegistryService!pl.opium.registry.RegistryService";

    private Ear() {
    }
}
