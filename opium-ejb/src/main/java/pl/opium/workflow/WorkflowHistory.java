package pl.opium.workflow;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Records every transition in the transaction that makes it and fires {@link StateChanged}, so
 * that the history, the new state and the after-commit observers agree: all of them or none.
 */
@Stateless
@PermitAll
public class WorkflowHistory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<StateChanged> events;

    public void record(StateChanged change) {
        em.persist(new TransitionRecord(change));
        events.fire(change);
    }

    /**
     * Forgets who a person was in one subject's history and every comment on it (a purge of personal
     * data): the steps stay, the person's name becomes {@code redactedAs}. Returns the steps changed.
     */
    public int redact(String subjectType, long subjectId, String person, String redactedAs) {
        int renamed = em.createQuery("""
                        update TransitionRecord t set t.actor = :redacted
                        where t.subjectType = :type and t.subjectId = :id and t.actor = :person""")
                .setParameter("redacted", redactedAs).setParameter("type", subjectType).setParameter("id", subjectId)
                .setParameter("person", person)
                .executeUpdate();
        int commented = em.createQuery("""
                        update TransitionRecord t set t.comment = null
                        where t.subjectType = :type and t.subjectId = :id and t.comment is not null""")
                .setParameter("type", subjectType).setParameter("id", subjectId)
                .executeUpdate();
        return Math.max(renamed, commented);
    }

    /** The steps of one subject, oldest first. Callers check that the caller may see the subject. */
    public List<TransitionRecord> historyOf(String subjectType, long subjectId) {
        return em.createQuery("""
                        select t from TransitionRecord t where t.subjectType = :type and t.subjectId = :id
                        order by t.occurredAt, t.id""", TransitionRecord.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }
}
