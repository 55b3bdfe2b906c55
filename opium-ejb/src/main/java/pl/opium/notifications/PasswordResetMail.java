package pl.opium.notifications;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import pl.opium.identity.PasswordReset;

/**
 * Tells the owner of an account by e-mail that someone else set its password, once that is committed:
 * if it was not at their request, they know to call the department. The e-mail holds no password and
 * no link to follow.
 */
@ApplicationScoped
public class PasswordResetMail {

    @EJB
    private Mailer mailer;

    void passwordReset(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordReset reset) {
        if (reset.email() != null && !reset.email().isBlank()) {
            mailer.sendPlain(reset.email(), PasswordResetText.SUBJECT, PasswordResetText.body(reset.firstName(), reset.username()));
        }
    }
}
