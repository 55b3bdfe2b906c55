package pl.opium.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pl.opium.identity.AccountService;
import pl.opium.identity.UserAccount;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

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
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) accounts.count(text, null, null);
            }

            @Override
            public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
                return accounts.search(text, null, null, first, pageSize);
            }

            @Override
            public String getRowKey(UserAccount account) {
                return String.valueOf(account.getId());
            }

            @Override
            public UserAccount getRowData(String rowKey) {
                return accounts.find(Long.parseLong(rowKey));
            }
        };
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
