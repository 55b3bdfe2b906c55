package pl.opium.web.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import pl.opium.messaging.inbox.InboxService;

/** The unread number in the menu, counted once per request. */
@Named
@RequestScoped
public class UnreadCounter {

    @EJB
    private InboxService inbox;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = inbox.unreadCount();
        }
        return count;
    }
}
