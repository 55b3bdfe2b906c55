package pl.opium.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;

import java.io.Serializable;

/**
 * The logged-in person for the header and the menu: loaded once per session. Access decisions are
 * still taken by the services on every call; this only decides what to show.
 */
@Named("user")
@SessionScoped
public class SessionUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient CurrentUser currentUser;

    private Caller caller;

    public Caller getCaller() {
        if (caller == null) {
            caller = currentUser.caller();
        }
        return caller;
    }

    public boolean hasRole(String role) {
        return getCaller().hasRole(Role.valueOf(role));
    }

    /** Department people: any of the department's roles. */
    public boolean isDepartment() {
        return getCaller().isDepartmentUser();
    }

    /** May edit the registry: the department's officers, heads, director and the administrator. */
    public boolean isRegistryEditor() {
        Caller who = getCaller();
        return who.hasRole(Role.ADMIN) || who.hasRole(Role.DEPARTMENT_DIRECTOR) || who.hasRole(Role.UNIT_HEAD)
                || who.hasRole(Role.DEPARTMENT_OFFICER);
    }

    public boolean isAdmin() {
        return getCaller().hasRole(Role.ADMIN);
    }

    /** Where the person works: the institution's short name or the unit's name. */
    public String getWorkplace() {
        Caller who = getCaller();
        return who.isInstitutionUser() ? who.getInstitutionName() : who.getUnitName();
    }
}
