package pl.opium.web;

import jakarta.faces.context.FacesContext;
import pl.opium.OpiumException;
import pl.opium.identity.AccessDeniedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers a page request that asked for something it may not have: someone else's record is a 403
 * and a missing one a 404, with the error page instead of any of the data.
 */
public final class Pages {

    private Pages() {
    }

    /** Loads the page's record; on refusal answers with the right HTTP error and returns null. */
    public static <T> T loadOrRefuse(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (RuntimeException failure) {
            OpiumException refusal = Feedback.refusalIn(failure);
            if (refusal == null) {
                throw failure;
            }
            sendError(refusal instanceof AccessDeniedException ? 403 : 404, Feedback.text(refusal.getMessageKey(),
                    refusal.getArguments()));
            return null;
        }
    }

    public static void sendError(int status, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Runs a service call from an action; a refusal becomes a message and the result false. */
    public static boolean attempt(Runnable action) {
        return call(() -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Runs a service call that returns something; a refusal becomes a message and the result empty. */
    public static <T> Optional<T> call(Supplier<T> action) {
        return call(action, refusal -> false);
    }

    /**
     * Like {@link #call(Supplier)}, but a refusal the page shows its own way (e.g. at the fields it
     * concerns) goes to {@code shown}, which answers whether it did.
     */
    public static <T> Optional<T> call(Supplier<T> action, Predicate<OpiumException> shown) {
        try {
            return Optional.of(action.get());
        } catch (RuntimeException failure) {
            OpiumException refusal = Feedback.refusalIn(failure);
            if (refusal == null) {
                if (isOptimisticLock(failure)) {
                    Feedback.error("concurrentModification");
                    return Optional.empty();
                }
                throw failure;
            }
            if (!shown.test(refusal)) {
                Feedback.refused(refusal);
            }
            return Optional.empty();
        }
    }

    private static boolean isOptimisticLock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }
}
