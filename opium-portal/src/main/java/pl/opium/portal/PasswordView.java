package pl.opium.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import pl.opium.OpiumException;
import pl.opium.identity.AccountService;
import pl.opium.web.Feedback;

/**
 * A parent with a local account chooses their own password: at the first sign-in after the
 * department's desk issued one (the portal sends them here until they do), or whenever they like.
 */
@Named("portalPasswordView")
@RequestScoped
public class PasswordView {

    @EJB(lookup = Ear.ACCOUNTS)
    private AccountService accounts;

    private String current;
    private String chosen;
    private String repeated;

    public String change() {
        if (chosen == null || !chosen.equals(repeated)) {
            Feedback.error("identity.password.mismatch");
            return null;
        }
        try {
            accounts.changeOwnPassword(current.toCharArray(), chosen.toCharArray());
        } catch (RuntimeException e) {
            OpiumException refusal = Feedback.refusalIn(e);
            if (refusal == null) {
                throw e;
            }
            Feedback.refused(refusal);
            return null;
        }
        Feedback.info("identity.password.changed");
        Feedback.keepForRedirect();
        return "/parent/applications.xhtml?faces-redirect=true";
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
