package pl.opium.demo;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;

/**
 * Acts as a demo user: signed in by Elytron against the user table with the demo password, so that
 * the services see the same caller, roles and scoping as after that user's login, and audit them.
 */
final class DemoUsers {

    private DemoUsers() {
    }

    static <T> T as(String username, Callable<T> action) {
        try {
            SecurityIdentity identity = SecurityDomain.getCurrent()
                    .authenticate(username, new PasswordGuessEvidence(DemoCity.DEMO_PASSWORD.toCharArray()));
            return identity.runAs((PrivilegedExceptionAction<T>) action::call);
        } catch (PrivilegedActionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("demo user " + username + " could not sign in", e);
        }
    }

    static void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
