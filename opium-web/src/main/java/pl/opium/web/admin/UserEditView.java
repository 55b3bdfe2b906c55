package pl.opium.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.identity.AccountService;
import pl.opium.identity.NewAccount;
import pl.opium.identity.Role;
import pl.opium.identity.UserAccount;
import pl.opium.registry.DepartmentUnit;
import pl.opium.registry.Institution;
import pl.opium.registry.RegistryService;
import pl.opium.registry.UnitService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Creates an account, or edits one: details, roles, a new password, locking and deactivation.
 * Each change is its own action and its own audit entry.
 */
@Named
@ViewScoped
public class UserEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AccountService accounts;

    @EJB
    private transient RegistryService registry;

    @EJB
    private transient UnitService units;

    private Long id;
    private UserAccount account;
    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String workplace = "unit";
    private Long institutionId;
    private Long unitId;
    private List<Role> roles = List.of();
    private String password;
    private List<Institution> institutions;
    private List<DepartmentUnit> unitList;

    public void load() {
        institutions = registry.activeInstitutions();
        unitList = units.units();
        if (id != null) {
            reload();
        }
    }

    private void reload() {
        account = Pages.loadOrRefuse(() -> accounts.find(id));
        if (account == null) {
            return;
        }
        username = account.getUsername();
        firstName = account.getFirstName();
        lastName = account.getLastName();
        email = account.getEmail();
        phone = account.getPhone();
        roles = List.copyOf(account.getRoles());
    }

    public String create() {
        Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        char[] firstPassword = password == null ? new char[0] : password.toCharArray();
        password = null;
        return Pages.call(() -> accounts.create(new NewAccount(username, firstName, lastName, email,
                        "institution".equals(workplace) ? institutionId : null, "unit".equals(workplace) ? unitId : null,
                        chosen, firstPassword)))
                .map(created -> {
                    Feedback.info("identity.account.created", username);
                    Feedback.keepForRedirect();
                    return "/admin/user-edit?faces-redirect=true&id=" + created.getId();
                })
                .orElse(null);
    }

    public void saveDetails() {
        if (Pages.attempt(() -> accounts.updateDetails(id, account.getVersion(), firstName, lastName, email, phone))) {
            Feedback.info("saved");
            reload();
        }
    }

    public void saveRoles() {
        Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (Pages.attempt(() -> accounts.changeRoles(id, account.getVersion(), chosen))) {
            Feedback.info("saved");
            reload();
        }
    }

    public void resetPassword() {
        char[] chosen = password == null ? new char[0] : password.toCharArray();
        password = null;
        if (Pages.attempt(() -> accounts.resetPassword(id, chosen))) {
            Feedback.info("identity.password.reset");
            reload();
        }
    }

    public void lock() {
        act(() -> accounts.lock(id), "identity.account.locked");
    }

    public void unlock() {
        act(() -> accounts.unlock(id), "identity.account.unlocked");
    }

    public void deactivate() {
        act(() -> accounts.deactivate(id), "identity.account.deactivated");
    }

    public void reactivate() {
        act(() -> accounts.reactivate(id), "identity.account.reactivated");
    }

    private void act(Runnable action, String doneKey) {
        if (Pages.attempt(action)) {
            Feedback.info(doneKey);
            reload();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Institution> getInstitutions() {
        return institutions;
    }

    public List<DepartmentUnit> getUnitList() {
        return unitList;
    }
}
