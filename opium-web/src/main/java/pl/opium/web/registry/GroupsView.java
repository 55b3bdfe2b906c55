package pl.opium.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.registry.GroupService;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionGroup;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.List;

/** Institution groups: the automatic ones by type and the custom ones, with their current members. */
@Named
@ViewScoped
public class GroupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient GroupService groups;

    private List<InstitutionGroup> list;
    private InstitutionGroup selected;
    private List<Institution> members;

    @PostConstruct
    void init() {
        list = groups.groups();
    }

    public void show(InstitutionGroup group) {
        selected = group;
        members = groups.members(group.getId());
    }

    public void deactivate(InstitutionGroup group) {
        if (Pages.attempt(() -> groups.deactivate(group.getId()))) {
            Feedback.info("registry.group.deactivated", group.getName());
            list = groups.groups();
            selected = null;
        }
    }

    public long memberCount(InstitutionGroup group) {
        return groups.memberCount(group.getId());
    }

    public List<InstitutionGroup> getList() {
        return list;
    }

    public InstitutionGroup getSelected() {
        return selected;
    }

    public List<Institution> getMembers() {
        return members;
    }
}
