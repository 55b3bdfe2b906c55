package pl.opium.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import pl.opium.identity.AccountService;
import pl.opium.identity.UserAccount;
import pl.opium.web.PagedModel;

import java.io.Serializable;

/** All accounts, searched by name or login and paged in the database. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AccountService accounts;

    private String text;
    private LazyDataModel<UserAccount> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> accounts.count(text, null, null),
                (first, size, sortField, ascending) -> accounts.search(text, null, null, first, size),
                UserAccount::getId);
    }

    public LazyDataModel<UserAccount> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
