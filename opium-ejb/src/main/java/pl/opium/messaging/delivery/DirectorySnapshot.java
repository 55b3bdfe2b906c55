package pl.opium.messaging.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The registry as the resolver sees it at one moment: active institutions, active accounts and
 * where they work, and how to list a group's institutions. Filled from the database per fan-out
 * ({@link JpaDirectory}), or directly in tests.
 */
final class DirectorySnapshot implements RecipientResolver.Directory {

    private final Set<Long> activeInstitutions;
    private final Set<Long> activeAccounts;
    private final Map<Long, List<Long>> accountsByInstitution;
    private final LongFunction<Collection<Long>> institutionsOfGroup;
    private final LongFunction<Collection<Long>> membersOfUserGroup;

    DirectorySnapshot(Set<Long> activeInstitutions, Set<Long> activeAccounts, Map<Long, List<Long>> accountsByInstitution,
                      LongFunction<Collection<Long>> institutionsOfGroup, LongFunction<Collection<Long>> membersOfUserGroup) {
        this.activeInstitutions = Set.copyOf(activeInstitutions);
        this.activeAccounts = Set.copyOf(activeAccounts);
        this.accountsByInstitution = Map.copyOf(accountsByInstitution);
        this.institutionsOfGroup = institutionsOfGroup;
        this.membersOfUserGroup = membersOfUserGroup;
    }

    @Override
    public Collection<Long> activeAccountsOf(long institutionId) {
        return isActiveInstitution(institutionId) ? accountsByInstitution.getOrDefault(institutionId, List.of()) : List.of();
    }

    @Override
    public boolean isActiveInstitution(long institutionId) {
        return activeInstitutions.contains(institutionId);
    }

    @Override
    public boolean isActiveAccount(long accountId) {
        return activeAccounts.contains(accountId);
    }

    @Override
    public Collection<Long> membersOfUserGroup(long groupId) {
        return membersOfUserGroup.apply(groupId);
    }

    @Override
    public Collection<Long> institutionsOfGroup(long groupId) {
        return institutionsOfGroup.apply(groupId);
    }
}
