package pl.opium.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.registry.District;
import pl.opium.registry.Institution;
import pl.opium.registry.RegistryService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.List;

/**
 * Adds or edits an institution. The edited copy keeps the version it was opened with, so a save
 * after someone else's save is refused with a message rather than overwriting their change.
 */
@Named
@ViewScoped
public class InstitutionEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient RegistryService registry;

    private Long id;
    private Institution institution;
    private Long districtId;
    private List<District> districts;

    public void load() {
        districts = registry.districts();
        if (id == null) {
            institution = Institution.blank();
            return;
        }
        institution = Pages.loadOrRefuse(() -> registry.institution(id));
        if (institution != null && institution.getDistrict() != null) {
            districtId = institution.getDistrict().getId();
        }
    }

    public String save() {
        institution.setDistrict(districts.stream().filter(d -> d.getId().equals(districtId)).findFirst().orElse(null));
        return Pages.call(() -> registry.saveInstitution(institution))
                .map(saved -> {
                    Feedback.info("saved");
                    Feedback.keepForRedirect();
                    return "/registry/institution?faces-redirect=true&id=" + saved.getId();
                })
                .orElse(null);
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

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public List<District> getDistricts() {
        return districts;
    }
}
