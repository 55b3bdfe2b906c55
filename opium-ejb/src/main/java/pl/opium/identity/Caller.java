package pl.opium.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is asking, as far as scoping needs it: the account, where the person works and the roles.
 * A department person sees every institution; an institution person only their own. A class with
 * getters rather than a record, because Jakarta EL 5 (EE 10) reads only bean properties.
 */
public final class Caller implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String fullName;
    private final Long institutionId;
    private final String institutionName;
    private final Long unitId;
    private final String unitName;
    private final Set<Role> roles;

    public Caller(long accountId, String username, String fullName, Long institutionId, String institutionName,
                  Long unitId, String unitName, Set<Role> roles) {
        this.accountId = accountId;
        this.username = username;
        this.fullName = fullName;
        this.institutionId = institutionId;
        this.institutionName = institutionName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.roles = Set.copyOf(roles);
    }

    public boolean isInstitutionUser() {
        return institutionId != null;
    }

    /** Runs recruitment in the department and so may see the candidates' data. */
    public boolean isRecruitmentOfficer() {
        return hasRole(Role.RECRUITMENT_OFFICER);
    }

    /**
     * Works in the department: an officer, a head, the director, the administrator. A committee member
     * (an expert from outside, given an account in a department unit) is not: they see only what their
     * committees give them, not every institution of the city.
     */
    public boolean isDepartmentUser() {
        return unitId != null && roles.stream().anyMatch(role -> role != Role.COMMITTEE_MEMBER);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * Who may follow a piece of the department's work (a message before and after sending, a form's
     * answers): its author, the head of the author's unit and the department director.
     */
    public boolean canFollowWorkOf(long authorId, long authorUnitId) {
        return accountId == authorId
                || hasRole(Role.DEPARTMENT_DIRECTOR)
                || (hasRole(Role.UNIT_HEAD) && unitId != null && unitId == authorUnitId);
    }

    public boolean canSeeInstitution(Long id) {
        return isDepartmentUser() || (id != null && id.equals(institutionId));
    }

    public long getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public Set<Role> getRoles() {
        return roles;
    }
}
