package pl.opium.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.identity.UserAccount;
import pl.opium.registry.DepartmentUnit;
import pl.opium.registry.UnitService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.List;

/** The department's units with their heads and people; the administrator adds and edits units. */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient UnitService units;

    private List<DepartmentUnit> list;
    private DepartmentUnit selected;
    private List<UserAccount> people;
    private DepartmentUnit edited;
    private Long headId;

    @PostConstruct
    void init() {
        list = units.units();
    }

    public void show(DepartmentUnit unit) {
        selected = unit;
        people = units.staffOf(unit.getId());
        edited = null;
    }

    public void newUnit() {
        edited = DepartmentUnit.blank();
        headId = null;
    }

    public void edit(DepartmentUnit unit) {
        edited = unit;
        headId = unit.getHead() == null ? null : unit.getHead().getId();
        people = units.staffOf(unit.getId());
    }

    public void save() {
        boolean saved = Pages.attempt(() -> {
            DepartmentUnit unit = units.save(edited);
            if (headId != null) {
                units.appointHead(unit.getId(), headId);
            }
        });
        if (saved) {
            Feedback.info("saved");
            list = units.units();
            edited = null;
        }
    }

    public List<DepartmentUnit> getList() {
        return list;
    }

    public DepartmentUnit getSelected() {
        return selected;
    }

    public List<UserAccount> getPeople() {
        return people;
    }

    public DepartmentUnit getEdited() {
        return edited;
    }

    public Long getHeadId() {
        return headId;
    }

    public void setHeadId(Long headId) {
        this.headId = headId;
    }
}
