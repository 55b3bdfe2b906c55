package pl.opium.registry;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.opium.identity.UserAccount;
import pl.opium.persistence.BaseEntity;

/**
 * A section (referat) of the education department, led by its head, the first approver of the
 * messages its officers write. Some units send only with the department director's approval too.
 */
@Entity
@Cacheable
public class DepartmentUnit extends BaseEntity {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "{registry.unitCode.invalid}")
    private String code;

    @ManyToOne(fetch = FetchType.LAZY)
    private UserAccount head;

    @Column(name = "director_approval_required")
    private boolean directorApprovalRequired;

    private boolean active = true;

    protected DepartmentUnit() {
    }

    public DepartmentUnit(String name, String code) {
        this.name = name;
        this.code = code;
    }

    public static DepartmentUnit blank() {
        return new DepartmentUnit();
    }

    public void appointHead(UserAccount newHead) {
        this.head = newHead;
    }

    public void deactivate() {
        this.active = false;
    }

    public boolean isActive() {
        return active;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public UserAccount getHead() {
        return head;
    }

    public boolean isDirectorApprovalRequired() {
        return directorApprovalRequired;
    }

    public void setDirectorApprovalRequired(boolean directorApprovalRequired) {
        this.directorApprovalRequired = directorApprovalRequired;
    }
}
