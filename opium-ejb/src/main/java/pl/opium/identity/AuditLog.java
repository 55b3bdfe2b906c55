package pl.opium.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.persistence.BaseEntity;

import java.time.Instant;
import java.util.List;

/**
 * The audit log. Changes are recorded in the transaction that makes them, so an entry exists
 * exactly when the change does; security events (logins, refusals) in a transaction of their own,
 * because the refused work rolls back and its record must not.
 */
@Stateless
@PermitAll
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    public void record(AuditAction action, BaseEntity target, String details) {
        em.persist(new AuditEntry(Instant.now(), caller(), action, target.getClass().getSimpleName(),
                String.valueOf(target.getId()), details, RequestOrigin.address()));
    }

    /**
     * Someone read or downloaded personal data (an application's PDF, a document, lists, an archive):
     * who, what, when and from where, in the reading's transaction.
     */
    public void recordRead(BaseEntity target, String what) {
        record(AuditAction.PERSONAL_DATA_READ, target, what);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSecurityEvent(AuditAction action, String actor, String details, String remoteAddress) {
        em.persist(new AuditEntry(Instant.now(), actor, action, null, null, details,
                remoteAddress != null ? remoteAddress : RequestOrigin.address()));
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public List<AuditEntry> search(String actor, AuditAction action, int first, int max) {
        return em.createQuery("""
                        select a from AuditEntry a
                        where (:actor is null or a.actor = :actor) and (:action is null or a.action = :action)
                        order by a.occurredAt desc, a.id desc""", AuditEntry.class)
                .setParameter("actor", actor == null || actor.isBlank() ? null : actor.trim())
                .setParameter("action", action)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public long count(String actor, AuditAction action) {
        return em.createQuery("""
                        select count(a) from AuditEntry a
                        where (:actor is null or a.actor = :actor) and (:action is null or a.action = :action)""",
                        Long.class)
                .setParameter("actor", actor == null || actor.isBlank() ? null : actor.trim())
                .setParameter("action", action)
                .getSingleResult();
    }

    /** Entries about one record, newest first: the history shown beside it, to the department. */
    @RolesAllowed({Role.ADMIN_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_OFFICER_ROLE})
    public List<AuditEntry> historyOf(String targetType, Long targetId) {
        return em.createQuery("""
                        select a from AuditEntry a where a.targetType = :type and a.targetId = :id
                        order by a.occurredAt desc, a.id desc""", AuditEntry.class)
                .setParameter("type", targetType)
                .setParameter("id", String.valueOf(targetId))
                .setMaxResults(200)
                .getResultList();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
