package pl.opium.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import pl.opium.registry.Institution;
import pl.opium.registry.RegistryService;
import pl.opium.registry.StaffMember;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;
import pl.opium.web.SessionUser;

import java.io.Serializable;
import java.util.List;

/**
 * One institution with its staff contacts. Someone else's institution id in the URL gets a 403;
 * the department and the institution's own director may keep the contacts up to date.
 */
@Named
@ViewScoped
public class InstitutionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient RegistryService registry;

    @Inject
    private SessionUser user;

    private Long id;
    private Institution institution;
    private List<StaffMember> staff;
    private StaffMember editedStaff;

    public void load() {
        if (id == null) {
            Pages.sendError(404, Feedback.text("registry.institution.notFound", ""));
            return;
        }
        institution = Pages.loadOrRefuse(() -> registry.institution(id));
        if (institution != null) {
            staff = registry.staffOf(id);
        }
    }

    /** The department edits any contact; an institution's director their own institution's. */
    public boolean isStaffEditable() {
        return user.isRegistryEditor() || (user.hasRole("INSTITUTION_DIRECTOR") && !user.isDepartment());
    }

    public void newStaff() {
        editedStaff = StaffMember.blankFor(institution);
    }

    public void editStaff(StaffMember member) {
        editedStaff = member;
    }

    public void saveStaff() {
        if (Pages.attempt(() -> registry.saveStaff(editedStaff))) {
            Feedback.info("saved");
            staff = registry.staffOf(id);
            editedStaff = null;
            PrimeFaces.current().executeScript("PF('staffDialog').hide()");
        }
    }

    public void deactivateStaff(StaffMember member) {
        if (Pages.attempt(() -> registry.deactivateStaff(member.getId()))) {
            Feedback.info("registry.staff.deactivated", member.getFullName());
            staff = registry.staffOf(id);
        }
    }

    public void deactivate() {
        if (Pages.attempt(() -> registry.deactivateInstitution(id))) {
            Feedback.info("registry.institution.deactivated");
            institution = registry.institution(id);
        }
    }

    public void reactivate() {
        if (Pages.attempt(() -> registry.reactivateInstitution(id))) {
            Feedback.info("registry.institution.reactivated");
            institution = registry.institution(id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Institution getInstitution() {
        return institution;
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public StaffMember getEditedStaff() {
        return editedStaff;
    }
}
