package pl.opium.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import pl.opium.identity.AccountService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

/** Changes the user's own password; the current one must be given, the new one twice. */
@Named
@RequestScoped
public class PasswordView {

    @EJB
    private AccountService accounts;

    private String current;
    private String chosen;
    private String repeated;

    public void change() {
        if (chosen == null || !chosen.equals(repeated)) {
            Feedback.error("identity.password.mismatch");
            return;
        }
        if (Pages.attempt(() -> accounts.changeOwnPassword(current.toCharArray(), chosen.toCharArray()))) {
            Feedback.info("identity.password.changed");
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
