package pl.opium.messaging.groups;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.identity.UserAccount;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.persistence.Conflicts;

import java.util.Collection;
import java.util.List;

/** User groups: everyone in the department may address them, only their owner changes them. */
@Stateless
@RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
public class UserGroupService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    public List<UserGroup> groups() {
        return em.createQuery("select g from UserGroup g join fetch g.owner order by g.name", UserGroup.class)
                .getResultList();
    }

    public UserGroup group(long id) {
        UserGroup group = em.createQuery("select g from UserGroup g join fetch g.owner where g.id = :id", UserGroup.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OpiumException("messaging.groupNotFound", id));
        group.getMembers();
        return group;
    }

    public UserGroup create(String name, Collection<Long> accountIds) {
        UserGroup group = new UserGroup(em.find(UserAccount.class, currentUser.caller().getAccountId()), name);
        group.change(name, activeAccounts(accountIds));
        em.persist(group);
        return group;
    }

    public UserGroup update(long id, long version, String name, Collection<Long> accountIds) {
        UserGroup group = group(id);
        Caller caller = currentUser.caller();
        if (group.getOwner().getId() != caller.getAccountId()) {
            throw currentUser.refusal(caller, "UserGroup " + id);
        }
        Conflicts.requireSeen(group, version);
        group.change(name, activeAccounts(accountIds));
        em.flush();
        return group;
    }

    /** People who can be put in a group or addressed, found by name, login or institution. */
    public List<UserAccount> findPeople(String text, int max) {
        var withWorkplace = em.createEntityGraph(UserAccount.class);
        withWorkplace.addAttributeNodes("institution", "unit");
        return em.createQuery("""
                        select u from UserAccount u left join u.institution i
                        where u.active = true and (lower(u.lastName) like :text or lower(u.firstName) like :text
                              or lower(u.username) like :text or lower(i.shortName) like :text)
                        order by u.lastName, u.firstName""", UserAccount.class)
                .setParameter("text", text == null || text.isBlank() ? "%" : InboxService.pattern(text))
                .setHint("jakarta.persistence.fetchgraph", withWorkplace)
                .setMaxResults(max)
                .getResultList();
    }

    /** The people with these ids, with where they work, for showing who a group or a message names. */
    public List<UserAccount> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select u from UserAccount u left join fetch u.institution left join fetch u.unit
                        where u.id in :ids order by u.lastName, u.firstName""", UserAccount.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    private List<Long> activeAccounts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new OpiumException("messaging.groupEmpty");
        }
        return em.createQuery("select u.id from UserAccount u where u.id in :ids and u.active = true", Long.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
