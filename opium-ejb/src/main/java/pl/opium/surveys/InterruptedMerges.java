package pl.opium.surveys;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * As the server starts, a merge still marked running was cut off by the stop or crash of the server
 * that ran it (merges run on the server's own threads, which a restart does not resume): it is marked
 * interrupted, the board says so, and the author starts it again. Merges are the platform's only
 * background jobs with a state of their own; a message's fan-out is a JMS message, redelivered after a
 * restart, and a notice e-mail is retried by the reminders. On a cluster, a node's start must only
 * mark the merges of that node (issue 23).
 */
@Singleton
@Startup
@PermitAll
public class InterruptedMerges {

    private static final Logger LOG = Logger.getLogger(InterruptedMerges.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void atStart() {
        int marked = markInterrupted();
        if (marked > 0) {
            LOG.warning(marked + " survey merges were interrupted by the server's restart; their authors can start them again");
        }
    }

    /** Marks every merge still running as interrupted; how many. */
    public int markInterrupted() {
        return em.createNamedQuery(SurveyMergeRun.INTERRUPT).setParameter("now", Instant.now()).executeUpdate();
    }
}
