package pl.opium.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.persistence.Conflicts;

import java.util.Collection;
import java.util.List;

/**
 * Institution groups for addressing many institutions at once. Groups are the department's tool:
 * the automatic ones exist from the first migration, custom ones any department user defines.
 */
@Stateless
@RolesAllowed({Role.ADMIN_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_OFFICER_ROLE})
public class GroupService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AuditLog auditLog;

    /** Active groups, automatic first, then custom by name. */
    public List<InstitutionGroup> groups() {
        return em.createQuery("""
                        select g from InstitutionGroup g where g.active = true
                        order by g.kind, g.name""", InstitutionGroup.class)
                .getResultList();
    }

    /** One group with its chosen institutions, ready for an edit form. */
    public InstitutionGroup group(long id) {
        return em.createQuery("select g from InstitutionGroup g left join fetch g.chosen where g.id = :id",
                        InstitutionGroup.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OpiumException("registry.group.notFound", id));
    }

    /** Who is in the group now, as {@link GroupResolver} decides. */
    public List<Institution> members(long groupId) {
        InstitutionGroup group = group(groupId);
        List<Institution> candidates = group.isAutomatic()
                ? em.createQuery("select i from Institution i where i.type = :type", Institution.class)
                    .setParameter("type", group.getInstitutionType()).getResultList()
                : List.copyOf(group.getChosen());
        return GroupResolver.resolve(group, candidates);
    }

    public long memberCount(long groupId) {
        return members(groupId).size();
    }

    public InstitutionGroup createCustom(String name, String description, Collection<Long> institutionIds) {
        InstitutionGroup group = InstitutionGroup.custom(name, currentUser.account());
        group.setDescription(description);
        group.choose(institutions(institutionIds));
        em.persist(group);
        auditLog.record(AuditAction.REGISTRY_CREATED, group, name + ", " + institutionIds.size() + " institutions");
        return group;
    }

    public InstitutionGroup updateCustom(long id, long version, String name, String description,
                                         Collection<Long> institutionIds) {
        InstitutionGroup group = group(id);
        Conflicts.requireSeen(group, version);
        group.setName(name);
        group.setDescription(description);
        group.choose(institutions(institutionIds));
        auditLog.record(AuditAction.REGISTRY_UPDATED, group, name + ", " + institutionIds.size() + " institutions");
        return group;
    }

    public void deactivate(long id) {
        InstitutionGroup group = group(id);
        group.deactivate();
        auditLog.record(AuditAction.REGISTRY_DEACTIVATED, group, group.getName());
    }

    private List<Institution> institutions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Institution> found = em.createQuery("select i from Institution i where i.id in :ids", Institution.class)
                .setParameter("ids", ids).getResultList();
        if (found.size() != ids.size()) {
            throw new OpiumException("registry.institution.notFound", ids);
        }
        return found;
    }
}
