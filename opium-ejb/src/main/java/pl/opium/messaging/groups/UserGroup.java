package pl.opium.messaging.groups;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pl.opium.identity.UserAccount;
import pl.opium.persistence.BaseEntity;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * People someone put together to address them again ("dyrektorzy liceów z matematyką"). Any
 * department user defines their own; everyone in the department may address them; only the owner
 * changes them.
 */
@Entity
@Table(name = "user_group")
public class UserGroup extends BaseEntity {

    @NotBlank
    @Size(max = 120)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private UserAccount owner;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "user_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "account_id")
    private Set<Long> members = new HashSet<>();

    protected UserGroup() {
    }

    public UserGroup(UserAccount owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    void change(String newName, Collection<Long> accountIds) {
        this.name = newName;
        members.clear();
        members.addAll(accountIds);
    }

    public String getName() {
        return name;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getMembers() {
        return Set.copyOf(members);
    }
}
