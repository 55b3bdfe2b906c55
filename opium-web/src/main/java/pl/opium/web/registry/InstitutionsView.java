package pl.opium.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import pl.opium.registry.District;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionFilter;
import pl.opium.registry.InstitutionType;
import pl.opium.registry.RegistryService;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

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
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) registry.countInstitutions(filter(null));
            }

            @Override
            public List<Institution> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
                SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
                return registry.searchInstitutions(filter(sort), first, pageSize);
            }

            @Override
            public String getRowKey(Institution institution) {
                return String.valueOf(institution.getId());
            }

            @Override
            public Institution getRowData(String rowKey) {
                return registry.institution(Long.parseLong(rowKey));
            }
        };
    }

    private InstitutionFilter filter(SortMeta sort) {
        Boolean active = switch (activity) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            default -> null;
        };
        return new InstitutionFilter(text, type, districtId, active, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
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
