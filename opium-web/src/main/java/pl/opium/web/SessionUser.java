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
    private String locale = "pl";

    public Caller getCaller() {
        if (caller == null) {
            caller = currentUser.caller();
        }
        return caller;
    }

    /** Polish unless the person chose English: the browser's language is not asked, users are Polish offices. */
    public String getLocale() {
        return locale;
    }

    /** Switches between Polish and English and reloads the page in the other language. */
    public String switchLanguage() {
        locale = "pl".equals(locale) ? "en" : "pl";
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public boolean hasRole(String role) {
        return getCaller().hasRole(Role.valueOf(role));
    }

    /** Department people: any of the department's roles. */
    public boolean isRecruitmentOfficer() {
        return getCaller().isRecruitmentOfficer();
    }

    public boolean isDepartment() {
        return getCaller().isDepartmentUser();
    }

    /** May edit the registry: the department's officers, heads, director and the administrator. */
    public boolean isRegistryEditor() {
        Caller who = getCaller();
        return who.hasRole(Role.ADMIN) || who.hasRole(Role.DEPARTMENT_DIRECTOR) || who.hasRole(Role.UNIT_HEAD)
                || who.hasRole(Role.DEPARTMENT_OFFICER);
    }

    /** Writes messages to institutions: officers, heads of units and the director. */
    public boolean isMessageAuthor() {
        Caller who = getCaller();
        return who.hasRole(Role.DEPARTMENT_DIRECTOR) || who.hasRole(Role.UNIT_HEAD) || who.hasRole(Role.DEPARTMENT_OFFICER);
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
