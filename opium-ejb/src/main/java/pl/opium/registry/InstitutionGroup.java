package pl.opium.registry;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pl.opium.OpiumException;
import pl.opium.identity.UserAccount;
import pl.opium.persistence.BaseEntity;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of institutions to address at once. Automatic groups (one per type) are defined by the
 * type alone and resolved against the registry whenever they are used; custom groups hold the
 * institutions somebody chose. Who is in a group is decided by {@link GroupResolver}.
 */
@Entity
@Cacheable
public class InstitutionGroup extends BaseEntity {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    private GroupKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type")
    private InstitutionType institutionType;

    @ManyToOne(fetch = FetchType.LAZY)
    private UserAccount owner;

    @ManyToMany
    @JoinTable(name = "institution_group_member",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "institution_id"))
    private Set<Institution> chosen = new HashSet<>();

    private boolean active = true;

    protected InstitutionGroup() {
    }

    public static InstitutionGroup automatic(String name, InstitutionType type) {
        InstitutionGroup group = new InstitutionGroup();
        group.name = name;
        group.kind = GroupKind.AUTOMATIC;
        group.institutionType = type;
        return group;
    }

    public static InstitutionGroup custom(String name, UserAccount owner) {
        InstitutionGroup group = new InstitutionGroup();
        group.name = name;
        group.kind = GroupKind.CUSTOM;
        group.owner = owner;
        return group;
    }

    /** Replaces the chosen members of a custom group; an automatic group has none to choose. */
    public void choose(Collection<Institution> institutions) {
        if (kind == GroupKind.AUTOMATIC) {
            throw new OpiumException("registry.group.automaticMembers");
        }
        chosen.clear();
        chosen.addAll(institutions);
    }

    public void deactivate() {
        if (kind == GroupKind.AUTOMATIC) {
            throw new OpiumException("registry.group.automaticDeactivate");
        }
        this.active = false;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isAutomatic() {
        return kind == GroupKind.AUTOMATIC;
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

    public GroupKind getKind() {
        return kind;
    }

    public InstitutionType getInstitutionType() {
        return institutionType;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public Set<Institution> getChosen() {
        return Collections.unmodifiableSet(chosen);
    }
}
