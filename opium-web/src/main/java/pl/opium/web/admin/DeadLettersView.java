package pl.opium.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.messaging.delivery.DeadLetter;
import pl.opium.messaging.delivery.DeadLetterService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.List;

/** Deliveries that failed every retry, and replaying them once the cause is fixed. */
@Named
@ViewScoped
public class DeadLettersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient DeadLetterService deadLetters;

    private List<DeadLetter> letters;

    @PostConstruct
    void init() {
        letters = deadLetters.list();
    }

    public void replay(DeadLetter letter) {
        Pages.call(() -> deadLetters.replay(letter.jmsId())).ifPresent(messageId -> {
            Feedback.info("messaging.replayed", messageId);
            letters = deadLetters.list();
        });
    }

    public List<DeadLetter> getLetters() {
        return letters;
    }
}
