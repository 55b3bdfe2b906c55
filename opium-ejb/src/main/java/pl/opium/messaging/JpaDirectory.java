package pl.opium.messaging;

import jakarta.persistence.EntityManager;
import pl.opium.registry.GroupService;
import pl.opium.registry.Institution;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolver's view of the registry, read in a few queries per fan-out (active institutions,
 * active accounts and where they work) rather than one query per recipient.
 */
final class JpaDirectory implements RecipientResolver.Directory {

    private final GroupService groups;
    private final Set<Long> activeInstitutions;
    private final Set<Long> activeAccounts = new HashSet<>();
    private final Map<Long, List<Long>> accountsByInstitution = new HashMap<>();

    JpaDirectory(EntityManager em, GroupService groups) {
        this.groups = groups;
        this.activeInstitutions = new HashSet<>(em.createQuery(
                "select i.id from Institution i where i.active = true", Long.class).getResultList());
        for (Object[] row : em.createQuery(
                "select u.id, u.institution.id from UserAccount u left join u.institution where u.active = true",
                Object[].class).getResultList()) {
            Long account = (Long) row[0];
            activeAccounts.add(account);
            if (row[1] != null) {
                accountsByInstitution.computeIfAbsent((Long) row[1], id -> new java.util.ArrayList<>()).add(account);
            }
        }
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
        throw new IllegalStateException("User groups cannot be stored as recipients yet");
    }

    @Override
    public Collection<Long> institutionsOfGroup(long groupId) {
        return groups.members(groupId).stream().map(Institution::getId).toList();
    }
}
