package pl.opium.web.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.messaging.groups.UserGroup;
import pl.opium.messaging.groups.UserGroupService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.List;

/** User groups: the list, and a dialog to create one or change one's own. */
@Named
@ViewScoped
public class UserGroupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient UserGroupService userGroups;

    private List<UserGroup> groups;
    private Long editedId;
    private long editedVersion;
    private String name;
    private final PeoplePicker members = new PeoplePicker();

    @PostConstruct
    void init() {
        groups = userGroups.groups();
    }

    public void startNew() {
        editedId = null;
        name = null;
        members.reset(List.of());
    }

    public void edit(UserGroup group) {
        UserGroup fresh = userGroups.group(group.getId());
        editedId = fresh.getId();
        editedVersion = fresh.getVersion();
        name = fresh.getName();
        members.reset(userGroups.people(fresh.getMembers()));
    }

    public void save() {
        List<Long> ids = members.accountIds();
        boolean saved = Pages.attempt(() -> {
            if (editedId == null) {
                userGroups.create(name, ids);
            } else {
                userGroups.update(editedId, editedVersion, name, ids);
            }
        });
        if (saved) {
            Feedback.info("saved");
            groups = userGroups.groups();
        }
    }

    public List<String> completePeople(String text) {
        return members.propose(userGroups.findPeople(text, 15));
    }

    public List<UserGroup> getGroups() {
        return groups;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PeoplePicker getMembers() {
        return members;
    }

    public Long getEditedId() {
        return editedId;
    }
}
