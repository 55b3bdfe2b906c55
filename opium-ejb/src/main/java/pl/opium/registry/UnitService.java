package pl.opium.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.Role;
import pl.opium.identity.UserAccount;

import java.util.List;

/** Department units (referaty), their heads and the people who work in them. */
@Stateless
@PermitAll
public class UnitService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog auditLog;

    public List<DepartmentUnit> units() {
        return em.createQuery("select u from DepartmentUnit u left join fetch u.head order by u.name",
                DepartmentUnit.class).getResultList();
    }

    public DepartmentUnit unit(long id) {
        return em.createQuery("select u from DepartmentUnit u left join fetch u.head where u.id = :id",
                        DepartmentUnit.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OpiumException("registry.unit.notFound", id));
    }

    /** The people of a unit, by name. */
    public List<UserAccount> staffOf(long unitId) {
        return em.createQuery("""
                        select a from UserAccount a where a.unit.id = :unit and a.active = true
                        order by a.lastName, a.firstName""", UserAccount.class)
                .setParameter("unit", unitId)
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public DepartmentUnit save(DepartmentUnit unit) {
        boolean created = unit.isNew();
        em.createQuery("select u from DepartmentUnit u where u.code = :code", DepartmentUnit.class)
                .setParameter("code", unit.getCode())
                .getResultStream()
                .filter(other -> !other.getId().equals(unit.getId()))
                .findFirst()
                .ifPresent(other -> {
                    throw new OpiumException("registry.unitCode.taken", unit.getCode());
                });
        DepartmentUnit saved;
        if (created) {
            em.persist(unit);
            saved = unit;
        } else {
            saved = em.merge(unit);
            em.flush();
        }
        auditLog.record(created ? AuditAction.REGISTRY_CREATED : AuditAction.REGISTRY_UPDATED, saved, saved.getName());
        return saved;
    }

    /** The head must work in the unit and hold the head-of-unit role. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public void appointHead(long unitId, long accountId) {
        DepartmentUnit unit = unit(unitId);
        UserAccount head = em.find(UserAccount.class, accountId);
        if (head == null || head.getUnit() == null || !head.getUnit().getId().equals(unitId)
                || !head.hasRole(Role.UNIT_HEAD)) {
            throw new OpiumException("registry.unit.headMustBelong");
        }
        unit.appointHead(head);
        auditLog.record(AuditAction.REGISTRY_UPDATED, unit, "head " + head.getUsername());
    }
}
