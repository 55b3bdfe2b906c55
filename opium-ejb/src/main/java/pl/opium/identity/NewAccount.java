package pl.opium.identity;

import java.util.Set;

/** What the administrator fills in to create an account: exactly one of institution or unit. */
public record NewAccount(String username, String firstName, String lastName, String email,
                         Long institutionId, Long unitId, Set<Role> roles, char[] password) {
}
