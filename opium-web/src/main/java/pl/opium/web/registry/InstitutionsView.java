package pl.opium.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import pl.opium.registry.District;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionFilter;
import pl.opium.registry.InstitutionType;
import pl.opium.registry.RegistryService;
import pl.opium.web.PagedModel;

import java.io.Serializable;
import java.util.List;

/** The list of institutions: filtered, sorted and paged in the database, never loaded whole. */
@Named
@ViewScoped
public class InstitutionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient RegistryService registry;

    private String text;
    private InstitutionType type;
    private Long districtId;
    private String activity = "active";
    private List<District> districts;
    private LazyDataModel<Institution> model;

    @PostConstruct
    void init() {
        districts = registry.districts();
        model = new PagedModel<>(() -> registry.countInstitutions(filter(null, true)),
                (first, size, sortField, ascending) -> registry.searchInstitutions(filter(sortField, ascending), first, size),
                Institution::getId);
    }

    private InstitutionFilter filter(String sortField, boolean ascending) {
        Boolean active = switch (activity) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            default -> null;
        };
        return new InstitutionFilter(text, type, districtId, active, sortField, ascending);
    }

    public LazyDataModel<Institution> getModel() {
        return model;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }
}
