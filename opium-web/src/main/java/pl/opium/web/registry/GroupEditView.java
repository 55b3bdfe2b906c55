package pl.opium.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.registry.GroupService;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionGroup;
import pl.opium.registry.RegistryService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Defines a custom group: a name, a description and the chosen institutions. */
@Named
@ViewScoped
public class GroupEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient GroupService groups;

    @EJB
    private transient RegistryService registry;

    private Long id;
    private long version;
    private String name;
    private String description;
    private List<Long> chosenIds = new ArrayList<>();
    private List<Institution> institutions;

    public void load() {
        institutions = registry.activeInstitutions();
        if (id == null) {
            return;
        }
        InstitutionGroup group = Pages.loadOrRefuse(() -> groups.group(id));
        if (group == null) {
            return;
        }
        if (group.isAutomatic()) {
            Pages.sendError(404, Feedback.text("registry.group.automaticMembers"));
            return;
        }
        version = group.getVersion();
        name = group.getName();
        description = group.getDescription();
        chosenIds = new ArrayList<>(group.getChosen().stream().map(Institution::getId).toList());
    }

    public String save() {
        boolean saved = Pages.attempt(() -> {
            if (id == null) {
                groups.createCustom(name, description, chosenIds);
            } else {
                groups.updateCustom(id, version, name, description, chosenIds);
            }
        });
        if (!saved) {
            return null;
        }
        Feedback.info("saved");
        Feedback.keepForRedirect();
        return "/registry/groups?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getChosenIds() {
        return chosenIds;
    }

    public void setChosenIds(List<Long> chosenIds) {
        this.chosenIds = chosenIds;
    }

    public List<Institution> getInstitutions() {
        return institutions;
    }
}
