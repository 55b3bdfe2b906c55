package pl.opium.it;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

import java.util.logging.Logger;

/**
 * Deploys the application once for every test class that extends {@link OnSharedDeployment}, instead
 * of once per class (each deployment of the EAR costs about eight seconds and its packaging more).
 * The first such class generates and deploys the scenario; the next ones are given the same scenario,
 * whose deployments (and the addresses Arquillian learnt when deploying them) are kept, and nothing is
 * undeployed until the server stops. A class that declares its own deployments is left alone.
 * <p>
 * Arquillian has no suite-wide deployment of its own (arquillian-core issue 850); the suite extension
 * that adds one (org.eu.ingwar.tools) depends on JUnit 4 and scans the class path, so this is the same
 * idea in the three observers it needs.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Observer.class);
    }

    /** Intercepts the container events of test classes that share the deployment. */
    public static class Observer {

        private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ContainerRegistry> containers;

        @Inject
        private Event<DeploymentEvent> deploymentEvents;

        private DeploymentScenario shared;
        private boolean deployed;
        private boolean sharing;

        public void generate(@Observes EventContext<GenerateDeployment> context) {
            sharing = OnSharedDeployment.class.isAssignableFrom(context.getEvent().getTestClass().getJavaClass());
            if (!sharing) {
                context.proceed();
            } else if (shared == null) {
                context.proceed();
                shared = scenario.get();
            } else {
                scenario.set(shared);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (!sharing || !deployed) {
                context.proceed();
                deployed = deployed || sharing;
                if (sharing) {
                    LOG.info("The shared deployment is deployed; the next test classes use it as it is");
                }
            }
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (!sharing) {
                context.proceed();
            }
        }

        /** Undeploys the shared deployments, last first, before the server stops: its configuration keeps no test EAR. */
        public void undeployShared(@Observes BeforeStop event) {
            if (shared == null || !deployed) {
                return;
            }
            for (Deployment deployment : shared.deployedDeploymentsInUnDeployOrder()) {
                Container container = containers.get().getContainer(deployment.getDescription().getTarget());
                deploymentEvents.fire(new UnDeployDeployment(container, deployment));
            }
            deployed = false;
        }
    }
}
