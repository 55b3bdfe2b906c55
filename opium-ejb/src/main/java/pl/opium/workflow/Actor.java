package pl.opium.workflow;

import pl.opium.identity.Caller;
import pl.opium.identity.Role;

import java.util.Set;

/** Who attempts a transition: an account with its roles and where it works. */
public record Actor(long accountId, String username, Set<Role> roles, Long unitId, Long institutionId) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** The logged-in person as a workflow actor. */
    public static Actor of(Caller caller) {
        return new Actor(caller.getAccountId(), caller.getUsername(), caller.getRoles(), caller.getUnitId(),
                caller.getInstitutionId());
    }

    public boolean hasAnyOf(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
