package pl.opium.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the web module plugs in its websocket: the EJB side does not know Faces, it only says
 * "these accounts have something new". A listener that fails never stops delivery.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class InboxPush {

    private static final Logger LOG = Logger.getLogger(InboxPush.class.getName());

    private final List<Consumer<Collection<Long>>> listeners = new CopyOnWriteArrayList<>();

    public void listen(Consumer<Collection<Long>> listener) {
        listeners.add(listener);
    }

    public void publish(Collection<Long> accountIds) {
        for (Consumer<Collection<Long>> listener : listeners) {
            try {
                listener.accept(accountIds);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Inbox push failed; people will see the message on their next page", e);
            }
        }
    }
}
