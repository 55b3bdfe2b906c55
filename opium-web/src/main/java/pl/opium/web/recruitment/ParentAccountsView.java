package pl.opium.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.identity.ParentAccountService.IssuedAccount;
import pl.opium.identity.ParentAccountService;
import pl.opium.identity.UserAccount;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.List;

/**
 * The department's desk for parents without the city's identity broker: an account made from the
 * parent's name, its first password shown once to print or read out; a forgotten password replaced.
 */
@Named
@ViewScoped
public class ParentAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Enough to find one family; a longer list means the officer should type more. */
    private static final int SHOWN = 50;

    @EJB
    private transient ParentAccountService parentAccounts;

    private String firstName;
    private String lastName;
    private String email;
    private String search;
    private List<UserAccount> found = List.of();
    /** What to hand to the parent: shown once, then gone with the page. */
    private IssuedAccount issued;

    public void create() {
        issued = null;
        Pages.call(() -> parentAccounts.issueParentAccount(firstName, lastName, email)).ifPresent(account -> {
            issued = account;
            Feedback.info("identity.parent.created", account.account().getUsername());
            firstName = null;
            lastName = null;
            email = null;
        });
    }

    public void find() {
        found = parentAccounts.parents(search, SHOWN);
        if (found.isEmpty()) {
            Feedback.info("identity.parent.noneFound");
        }
    }

    public void resetPassword(UserAccount parent) {
        issued = null;
        Pages.call(() -> parentAccounts.resetParentPassword(parent.getId())).ifPresent(account -> {
            issued = account;
            Feedback.info("identity.parent.passwordReset", account.account().getUsername());
        });
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<UserAccount> getFound() {
        return found;
    }

    public IssuedAccount getIssued() {
        return issued;
    }
}
