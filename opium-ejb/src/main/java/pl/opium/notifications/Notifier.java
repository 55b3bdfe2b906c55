package pl.opium.notifications;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Sends each committed {@link Notice} to open browsers and by e-mail. */
@ApplicationScoped
public class Notifier {

    @EJB
    private InboxPush push;

    @EJB
    private Mailer mailer;

    void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
        push.publish(notice.accountIds());
        mailer.send(notice);
    }
}
