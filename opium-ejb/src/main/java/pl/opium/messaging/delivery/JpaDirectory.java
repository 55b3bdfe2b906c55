package pl.opium.messaging.delivery;

import jakarta.persistence.EntityManager;
import pl.opium.messaging.groups.UserGroup;
import pl.opium.registry.GroupService;
import pl.opium.registry.Institution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the resolver's view of the registry in two queries per fan-out (active institutions; active
 * accounts with where they work) rather than one query per recipient.
 */
final class JpaDirectory {

    private JpaDirectory() {
    }

    static DirectorySnapshot load(EntityManager em, GroupService groups) {
        Set<Long> institutions = new HashSet<>(em.createQuery(
                "select i.id from Institution i where i.active = true", Long.class).getResultList());
        Set<Long> accounts = new HashSet<>();
        Map<Long, List<Long>> byInstitution = new HashMap<>();
        for (Object[] row : em.createQuery(
                "select u.id, u.institution.id from UserAccount u left join u.institution where u.active = true",
                Object[].class).getResultList()) {
            Long account = (Long) row[0];
            accounts.add(account);
            if (row[1] != null) {
                byInstitution.computeIfAbsent((Long) row[1], id -> new ArrayList<>()).add(account);
            }
        }
        return new DirectorySnapshot(institutions, accounts, byInstitution,
                groupId -> groups.members(groupId).stream().map(Institution::getId).toList(),
                groupId -> {
                    UserGroup group = em.find(UserGroup.class, groupId);
                    return group == null ? List.of() : group.getMembers();
                });
    }
}
