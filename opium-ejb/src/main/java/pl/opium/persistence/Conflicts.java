package pl.opium.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import pl.opium.OpiumException;

import java.sql.SQLException;

/**
 * Two people saving the same record: the second is told to look again ({@code concurrentModification})
 * instead of overwriting the first one's work or seeing a database error.
 */
public final class Conflicts {

    private static final String LOOK_AGAIN = "concurrentModification";

    private Conflicts() {
    }

    /**
     * Checks that the record is still the version the person saw; {@code seen} null means they saw
     * none yet (a first save), so there must still be none.
     */
    public static void requireSeen(BaseEntity current, Long seen) {
        if (current == null ? seen != null : seen == null || current.getVersion() != seen) {
            throw new OpiumException(LOOK_AGAIN);
        }
    }

    /** The refusal itself, for a record that is gone since the person opened it. */
    public static OpiumException lookAgain() {
        return new OpiumException(LOOK_AGAIN);
    }

    /** Writes now, so that a save that came first shows up here as a refusal rather than at commit. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (lostARace(e)) {
                throw new OpiumException(LOOK_AGAIN);
            }
            throw e;
        }
    }

    /**
     * Saves an edited copy of a record and writes it now: if someone saved the record since the copy
     * was read, its version no longer matches and the person is told to look again.
     */
    public static <T> T merge(EntityManager em, T edited) {
        try {
            T merged = em.merge(edited);
            em.flush();
            return merged;
        } catch (PersistenceException e) {
            if (lostARace(e)) {
                throw new OpiumException(LOOK_AGAIN);
            }
            throw e;
        }
    }

    /** Another transaction changed the row (version) or inserted the same unique key first. */
    public static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
