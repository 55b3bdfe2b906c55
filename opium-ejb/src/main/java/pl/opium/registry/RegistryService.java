package pl.opium.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.opium.OpiumException;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.Caller;
import pl.opium.identity.Changes;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.persistence.BaseEntity;
import pl.opium.persistence.Conflicts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;

/**
 * Institutions and their staff contacts. Reading is open to every logged-in user but scoped: an
 * institution's people see their own institution only. The department edits the registry; an
 * institution director keeps their own staff contacts up to date. Every change is audited.
 */
@Stateless
@PermitAll
public class RegistryService {

    /** Director first, then deputies, accountant, secretariat, teachers; by name within a function. */
    private static final Comparator<StaffMember> STAFF_ORDER = Comparator
            .comparing((StaffMember s) -> s.getFunction().ordinal())
            .thenComparing(StaffMember::getLastName, GroupResolver.POLISH)
            .thenComparing(StaffMember::getFirstName, GroupResolver.POLISH);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AuditLog auditLog;

    /** An id no institution has: the list of someone who may see none. */
    private static final long NO_INSTITUTION = -1L;

    public List<Institution> searchInstitutions(InstitutionFilter filter, int first, int max) {
        var withDistrict = em.createEntityGraph(Institution.class);
        withDistrict.addAttributeNodes("district");
        return institutionQuery(filter, "select i from Institution i left join i.district d",
                " order by " + filter.orderBy(), Institution.class)
                .setHint("jakarta.persistence.fetchgraph", withDistrict)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countInstitutions(InstitutionFilter filter) {
        return institutionQuery(filter, "select count(i) from Institution i left join i.district d", "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> institutionQuery(InstitutionFilter filter, String select, String order, Class<T> type) {
        Caller caller = currentUser.caller();
        String text = filter.text() == null || filter.text().isBlank() ? null : "%" + filter.text().trim().toLowerCase() + "%";
        return em.createQuery(select + " " + """
                         where (:own is null or i.id = :own)
                           and (:text is null or lower(i.name) like :text or lower(i.shortName) like :text
                                or i.rspoNumber like :text)
                           and (:type is null or i.type = :type)
                           and (:district is null or d.id = :district)
                           and (:active is null or i.active = :active)""" + order, type)
                // an institution sees itself, the department all, anyone else (a committee member) none
                .setParameter("own", caller.isInstitutionUser() ? caller.getInstitutionId()
                        : caller.isDepartmentUser() ? null : NO_INSTITUTION)
                .setParameter("text", text)
                .setParameter("type", filter.type())
                .setParameter("district", filter.districtId())
                .setParameter("active", filter.active());
    }

    /** One institution, if the caller may see it; someone else's id gets a refusal, not the data. */
    public Institution institution(long id) {
        currentUser.requireAccessToInstitution(id);
        return em.createQuery("select i from Institution i left join fetch i.district where i.id = :id",
                        Institution.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OpiumException("registry.institution.notFound", id));
    }

    /** All active institutions, for pickers (department users only). */
    @RolesAllowed({Role.ADMIN_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_OFFICER_ROLE})
    public List<Institution> activeInstitutions() {
        return em.createQuery("select i from Institution i where i.active = true order by i.shortName",
                Institution.class).getResultList();
    }

    @RolesAllowed({Role.ADMIN_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_OFFICER_ROLE})
    public Institution saveInstitution(Institution institution) {
        requireUniqueRspo(institution);
        if (institution.isNew()) {
            Institution saved = persist(institution);
            auditLog.record(AuditAction.REGISTRY_CREATED, saved, saved.getShortName());
            return saved;
        }
        Map<String, String> before = currentSnapshot(Institution.class, institution.getId(), Institution::snapshot);
        Institution saved = mergeChecked(institution);
        auditLog.record(AuditAction.REGISTRY_UPDATED, saved,
                saved.getShortName() + ": " + Changes.between(before, saved.snapshot()));
        return saved;
    }

    @RolesAllowed({Role.ADMIN_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_OFFICER_ROLE})
    public void deactivateInstitution(long id) {
        Institution institution = institution(id);
        institution.deactivate();
        auditLog.record(AuditAction.REGISTRY_DEACTIVATED, institution, institution.getShortName());
    }

    @RolesAllowed({Role.ADMIN_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_OFFICER_ROLE})
    public void reactivateInstitution(long id) {
        Institution institution = institution(id);
        institution.reactivate();
        auditLog.record(AuditAction.REGISTRY_REACTIVATED, institution, institution.getShortName());
    }

    public List<StaffMember> staffOf(long institutionId) {
        currentUser.requireAccessToInstitution(institutionId);
        return em.createQuery("select s from StaffMember s where s.institution.id = :id and s.active = true",
                        StaffMember.class)
                .setParameter("id", institutionId)
                .getResultStream()
                .sorted(STAFF_ORDER)
                .toList();
    }

    /** The institution's director as a contact, if recorded. */
    public Optional<StaffMember> directorOf(long institutionId) {
        return staffOf(institutionId).stream().filter(s -> s.getFunction() == StaffFunction.DIRECTOR).findFirst();
    }

    public StaffMember staffMember(long id) {
        StaffMember member = em.find(StaffMember.class, id);
        if (member == null) {
            throw new OpiumException("registry.staff.notFound", id);
        }
        currentUser.requireAccessToInstitution(member.getInstitution().getId());
        return member;
    }

    @RolesAllowed({Role.ADMIN_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_OFFICER_ROLE,
            Role.INSTITUTION_DIRECTOR_ROLE})
    public StaffMember saveStaff(StaffMember member) {
        currentUser.requireAccessToInstitution(member.getInstitution().getId());
        if (member.isNew()) {
            StaffMember saved = persist(member);
            auditLog.record(AuditAction.REGISTRY_CREATED, saved, saved.getFullName() + ", " + saved.getFunction());
            return saved;
        }
        Map<String, String> before = currentSnapshot(StaffMember.class, member.getId(), StaffMember::snapshot);
        StaffMember saved = mergeChecked(member);
        auditLog.record(AuditAction.REGISTRY_UPDATED, saved, Changes.between(before, saved.snapshot()));
        return saved;
    }

    @RolesAllowed({Role.ADMIN_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_OFFICER_ROLE,
            Role.INSTITUTION_DIRECTOR_ROLE})
    public void deactivateStaff(long id) {
        StaffMember member = staffMember(id);
        member.deactivate();
        auditLog.record(AuditAction.REGISTRY_DEACTIVATED, member, member.getFullName());
    }

    public List<District> districts() {
        return em.createQuery("select d from District d order by d.name", District.class).getResultList();
    }

    public Optional<Institution> findByRspo(String rspoNumber) {
        return em.createQuery("select i from Institution i where i.rspoNumber = :rspo", Institution.class)
                .setParameter("rspo", rspoNumber)
                .getResultStream().findFirst();
    }

    private void requireUniqueRspo(Institution institution) {
        if (institution.getRspoNumber() == null) {
            return;
        }
        findByRspo(institution.getRspoNumber())
                .filter(other -> !other.getId().equals(institution.getId()))
                .ifPresent(other -> {
                    throw new OpiumException("registry.rspo.taken", institution.getRspoNumber(), other.getShortName());
                });
    }

    /** The stored state of a record about to be overwritten by an edited copy. */
    private <T extends BaseEntity> Map<String, String> currentSnapshot(Class<T> type, Long id,
                                                                       Function<T, Map<String, String>> snapshot) {
        T current = em.find(type, id);
        if (current == null) {
            throw Conflicts.lookAgain();
        }
        return snapshot.apply(current);
    }

    private <T extends BaseEntity> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    /**
     * Saves an edited copy; if someone else saved the record since it was opened, the version no
     * longer matches and the user is told to reload instead of silently overwriting the other change.
     */
    <T extends BaseEntity> T mergeChecked(T entity) {
        return Conflicts.merge(em, entity);
    }
}
