package pl.opium.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is asking, as far as scoping needs it: the account, where the person works and the roles.
 * A department person sees every institution; an institution person only their own.
 */
public record Caller(long accountId, String username, String fullName, Long institutionId, String institutionName,
                     Long unitId, String unitName, Set<Role> roles) implements Serializable {

    public boolean isInstitutionUser() {
        return institutionId != null;
    }

    public boolean isDepartmentUser() {
        return unitId != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean canSeeInstitution(Long id) {
        return isDepartmentUser() || (id != null && id.equals(institutionId));
    }
}
