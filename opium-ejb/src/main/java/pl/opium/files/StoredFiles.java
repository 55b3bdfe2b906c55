package pl.opium.files;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Which stored files the database still refers to, and the deletion of those it no longer does. A
 * file is referred to by any column whose name ends in {@code sha256} (every {@link Attachment} and
 * each feature's own file columns), found in the schema itself, so a new module's files are covered
 * without a list to keep. A file goes with the last row that refers to it, after that row's
 * transaction commits; a nightly sweep takes what a crash left behind.
 */
@Stateless
@PermitAll
public class StoredFiles {

    private static final Logger LOG = Logger.getLogger(StoredFiles.class.getName());
    /** A younger file may belong to an upload whose row is not committed yet. */
    static final Duration SWEEP_AGE = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AttachmentService store;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /**
     * Deletes, once the current transaction commits, those of the files that no row refers to after
     * its changes (flushed here). Returns how many will go.
     */
    public int eraseWhenUnreferenced(Collection<String> sha256s) {
        em.flush();
        Instant decidedAt = Instant.now();
        Set<String> unreferenced = new HashSet<>(sha256s);
        unreferenced.removeAll(referencedAmong(unreferenced));
        if (!unreferenced.isEmpty()) {
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the rows' deletion is not certain before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        unreferenced.forEach(sha256 -> store.delete(sha256, decidedAt));
                    }
                }
            });
        }
        return unreferenced.size();
    }

    /** Deletes the files nothing refers to, written more than a day ago; every night and on demand. */
    @Schedule(hour = "3", minute = "40", persistent = false)
    public int sweepOrphans() {
        Instant before = Instant.now().minus(SWEEP_AGE);
        int deleted = store.sweep(referencedAmong(null), before);
        if (deleted > 0) {
            LOG.info(() -> "File store sweep: " + deleted + " files no row referred to were deleted");
        }
        return deleted;
    }

    /** The files among {@code candidates} (all, if null) that some row refers to. */
    private Set<String> referencedAmong(Set<String> candidates) {
        Set<String> referenced = new HashSet<>();
        if (candidates != null && candidates.isEmpty()) {
            return referenced;
        }
        for (Object[] column : referenceColumns()) {
            String sql = "select distinct " + column[1] + " from " + column[0] + " where " + column[1] + " is not null"
                    + (candidates == null ? "" : " and " + column[1] + " in (:candidates)");
            var query = em.createNativeQuery(sql);
            if (candidates != null) {
                query.setParameter("candidates", candidates);
            }
            for (Object sha256 : query.getResultList()) {
                referenced.add(sha256.toString());
            }
        }
        return referenced;
    }

    /** (table, column) of every column of the application's schema that names a stored file. */
    @SuppressWarnings("unchecked")
    private List<Object[]> referenceColumns() {
        return em.createNativeQuery("""
                select table_name, column_name from information_schema.columns
                where lower(table_schema) = lower(current_schema) and lower(column_name) like '%sha256'""")
                .getResultList();
    }
}
