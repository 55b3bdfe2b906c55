package pl.opium.it;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;

/**
 * Runs code in the container as a real user: authenticated by Elytron against the user table with
 * the user's password, so roles and scoping are exactly those of a login.
 */
final class As {

    static final String DEMO_PASSWORD = "opium2026";

    private As() {
    }

    static <T> T user(String username, Callable<T> action) {
        return user(username, DEMO_PASSWORD, action);
    }

    static void user(String username, ThrowingRunnable action) {
        user(username, DEMO_PASSWORD, action);
    }

    static void user(String username, String password, ThrowingRunnable action) {
        user(username, password, () -> {
            action.run();
            return null;
        });
    }

    static <T> T user(String username, String password, Callable<T> action) {
        try {
            SecurityIdentity identity = SecurityDomain.getCurrent()
                    .authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
            return identity.runAs((PrivilegedExceptionAction<T>) action::call);
        } catch (PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
