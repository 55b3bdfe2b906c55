package pl.opium.web.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import pl.opium.notifications.InboxPush;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * Connects the EJB side's "these accounts have something new" to the Faces websocket channel
 * {@code inbox}, whose users are account ids: an open inbox updates itself without a reload.
 */
@ApplicationScoped
public class InboxPushBridge {

    static final String NEW_MESSAGE = "new";

    @Inject
    @Push(channel = "inbox")
    private PushContext inbox;

    @EJB
    private InboxPush push;

    private final Consumer<Collection<Long>> listener = accounts -> inbox.send(NEW_MESSAGE, accounts);

    /** Registered once for the application's life; the EJB singleton and this bean are undeployed together. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
        push.listen(listener);
    }
}
