package pl.opium.persistence;

import jakarta.persistence.OptimisticLockException;

import java.sql.SQLException;

/** Recognises the failures that mean "someone else saved first", which people are told to look again about. */
public final class Conflicts {

    private Conflicts() {
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
