package pl.opium.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;

/**
 * Signing in and out as the web layer reports it: successes and failures audited, an account shut for
 * a while after failures in a row, an address refused unchecked after many failures from it, and an
 * open session's account state checked on every request.
 */
@Stateless
@PermitAll
public class SignInService {

    /** Failed logins in a row after which an account is shut for a while (doubling each time). */
    static final int FAILURES_PER_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** Failed logins from one address in {@link #ADDRESS_WINDOW} after which its logins are refused unchecked. */
    static final int ADDRESS_FAILURES = Integer.getInteger("opium.login.addressFailures", 30);
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** A hash of nothing anyone knows, checked when the realm checked none, so that failures all take as long. */
    private static final String DUMMY_HASH = PasswordHasher.hash("opium-no-such-account".toCharArray());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog auditLog;

    /** What a signed-in session checks of its account on every request. */
    public record SessionState(int generation, boolean open, boolean mustChangePassword) {
    }

    /**
     * The account's state for an open session, or null where the sign-in has no local account (a
     * parent signed in through the city's broker): a session signed in under another generation, or
     * of an account locked or deactivated since, ends.
     */
    @PermitAll
    public SessionState sessionState(String username) {
        return em.createQuery("""
                        select u.sessionGeneration, u.active, u.locked, u.mustChangePassword
                        from UserAccount u where u.username = :username""", Object[].class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .map(row -> new SessionState((Integer) row[0], (Boolean) row[1] && !(Boolean) row[2], (Boolean) row[3]))
                .orElse(null);
    }

    /** Called by the web layer after the container accepted a login. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loginSucceeded(String username, String remoteAddress) {
        Accounts.byUsername(em, username).ifPresent(account -> account.loggedIn(Instant.now()));
        auditLog.recordSecurityEvent(AuditAction.LOGIN_SUCCESS, username, null, remoteAddress);
    }

    /**
     * Called by the login error page after the container refused a real sign-in (a POST of the login
     * form): counts the failure and shuts the account for a while after too many in a row. Where the
     * container checked no password (no such login, locked, deactivated, shut), one is checked here
     * against a dummy hash, so that the answer takes as long whether the login exists or not.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loginFailed(String username, String remoteAddress) {
        String name = username == null ? "" : username.trim();
        auditLog.recordSecurityEvent(AuditAction.LOGIN_FAILURE, name.isEmpty() ? null : name, null, remoteAddress);
        Instant now = Instant.now();
        UserAccount account = name.isEmpty() ? null : Accounts.byUsername(em, name).orElse(null);
        if (account == null || account.isLocked() || !account.isActive() || account.isShutAt(now)) {
            PasswordHasher.matches("-".toCharArray(), DUMMY_HASH);
            return;
        }
        Duration shut = account.failedLogin(now, FAILURES_PER_LOCK, FIRST_LOCK, LONGEST_LOCK);
        if (shut != null) {
            auditLog.recordSecurityEvent(AuditAction.ACCOUNT_LOCKED_AFTER_FAILURES, name,
                    account.getFailedLogins() + " failed logins in a row, shut for " + shut.toMinutes() + " min", remoteAddress);
        }
    }

    /**
     * Whether sign-ins from this address are refused without checking the password: too many failed
     * ones from it lately (password spraying across many logins, which no account's count would see).
     */
    @PermitAll
    public boolean addressThrottled(String remoteAddress) {
        return em.createQuery("""
                        select count(a) from AuditEntry a where a.action = :failure
                        and a.remoteAddress = :address and a.occurredAt > :since""", Long.class)
                .setParameter("failure", AuditAction.LOGIN_FAILURE)
                .setParameter("address", remoteAddress)
                .setParameter("since", Instant.now().minus(ADDRESS_WINDOW))
                .getSingleResult() >= ADDRESS_FAILURES;
    }

    /** A sign-in refused unchecked because its address is throttled: counted against the address only. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loginThrottled(String remoteAddress) {
        auditLog.recordSecurityEvent(AuditAction.LOGIN_FAILURE, null, "refused unchecked: too many failed logins from "
                + "this address", remoteAddress);
    }

    @PermitAll
    public void loggedOut(String username) {
        auditLog.recordSecurityEvent(AuditAction.LOGOUT, username, null, null);
    }
}
