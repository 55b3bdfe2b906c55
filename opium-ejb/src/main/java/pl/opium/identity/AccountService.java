package pl.opium.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.registry.DepartmentUnit;
import pl.opium.registry.Institution;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts: the administrator creates them, sets roles, resets passwords, locks and unlocks; every
 * user changes their own password. Each change is audited in its own transaction.
 */
@Stateless
@PermitAll
public class AccountService {

    /** Failed logins in a row after which an account is shut for a while (doubling each time). */
    static final int FAILURES_PER_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** Failed logins from one address in {@link #ADDRESS_WINDOW} after which its logins are refused unchecked. */
    static final int ADDRESS_FAILURES = Integer.getInteger("opium.login.addressFailures", 30);
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** A hash of nothing anyone knows, checked when the realm checked none, so that failures all take as long. */
    private static final String DUMMY_HASH = PasswordHasher.hash("opium-no-such-account".toCharArray());

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int NAME_LENGTH = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<PasswordReset> passwordResets;

    @EJB
    private AuditLog auditLog;

    @EJB
    private CurrentUser currentUser;

    @RolesAllowed(Role.ADMIN_ROLE)
    public List<UserAccount> search(String text, Long institutionId, Long unitId, int first, int max) {
        return em.createQuery("""
                        select u from UserAccount u left join fetch u.institution left join fetch u.unit
                        where (:text is null or lower(u.username) like :text or lower(u.lastName) like :text
                               or lower(u.firstName) like :text)
                          and (:institution is null or u.institution.id = :institution)
                          and (:unit is null or u.unit.id = :unit)
                        order by u.lastName, u.firstName, u.username""", UserAccount.class)
                .setParameter("text", like(text))
                .setParameter("institution", institutionId)
                .setParameter("unit", unitId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public long count(String text, Long institutionId, Long unitId) {
        return em.createQuery("""
                        select count(u) from UserAccount u
                        where (:text is null or lower(u.username) like :text or lower(u.lastName) like :text
                               or lower(u.firstName) like :text)
                          and (:institution is null or u.institution.id = :institution)
                          and (:unit is null or u.unit.id = :unit)""", Long.class)
                .setParameter("text", like(text))
                .setParameter("institution", institutionId)
                .setParameter("unit", unitId)
                .getSingleResult();
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public UserAccount find(long id) {
        return em.createQuery("""
                        select u from UserAccount u left join fetch u.institution left join fetch u.unit
                        where u.id = :id""", UserAccount.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OpiumException("identity.account.notFound", id));
    }

    /** Creates an account of an institution (institutionId) or of a unit (unitId), with a first password. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public UserAccount create(NewAccount request) {
        if (existsUsername(request.username())) {
            throw new OpiumException("identity.username.taken", request.username());
        }
        requirePolicy(request.username(), request.password());
        UserAccount account;
        if ((request.institutionId() == null) == (request.unitId() == null)) {
            throw new OpiumException("identity.account.belongsNowhere");
        } else if (request.institutionId() != null) {
            account = UserAccount.ofInstitution(request.username(), request.firstName(), request.lastName(),
                    em.getReference(Institution.class, request.institutionId()), request.roles());
        } else {
            account = UserAccount.ofUnit(request.username(), request.firstName(), request.lastName(),
                    em.getReference(DepartmentUnit.class, request.unitId()), request.roles());
        }
        account.setEmail(request.email());
        account.setPassword(request.password());
        em.persist(account);
        auditLog.record(AuditAction.ACCOUNT_CREATED, account, "roles " + request.roles());
        return account;
    }

    /**
     * A parent's local account, made by the department for a city without an identity broker (or for
     * a parent who cannot use it); the parent signs in to the recruitment pages with it.
     */
    @RolesAllowed({Role.ADMIN_ROLE, Role.RECRUITMENT_OFFICER_ROLE})
    public UserAccount createParent(String username, String firstName, String lastName, String email, char[] password) {
        if (existsUsername(username)) {
            throw new OpiumException("identity.username.taken", username);
        }
        requirePolicy(username, password);
        UserAccount account = UserAccount.ofParent(username, firstName, lastName);
        account.setEmail(email);
        account.setPassword(password);
        em.persist(account);
        auditLog.record(AuditAction.ACCOUNT_CREATED, account, "parent");
        return account;
    }

    /** A parent's account as made at the department's desk, with the first password to hand over (shown once). */
    public record IssuedAccount(UserAccount account, String password) implements Serializable {

        private static final long serialVersionUID = 1L;

        public UserAccount getAccount() {
            return account;
        }

        public String getPassword() {
            return password;
        }
    }

    /**
     * Makes a parent's account from their name: the login is the name ("anna.nowak", then
     * "anna.nowak2" when taken), the first password is drawn here and returned once, to be printed
     * or read out to the parent; only its hash is kept.
     */
    @RolesAllowed({Role.ADMIN_ROLE, Role.RECRUITMENT_OFFICER_ROLE})
    public IssuedAccount issueParentAccount(String firstName, String lastName, String email) {
        if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank()) {
            throw new OpiumException("identity.parent.nameMissing");
        }
        if (firstName.strip().length() > NAME_LENGTH || lastName.strip().length() > NAME_LENGTH) {
            throw new OpiumException("identity.parent.nameTooLong", NAME_LENGTH);
        }
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !EMAIL.matcher(address).matches()) {
            throw new OpiumException("identity.parent.badEmail", address);
        }
        String base = ParentLogins.base(firstName, lastName);
        String username = base;
        for (int number = 2; existsUsername(username); number++) {
            username = base + number;
        }
        String password = ParentLogins.initialPassword(RANDOM);
        UserAccount account = createParent(username, firstName.strip(), lastName.strip(), address, password.toCharArray());
        account.requirePasswordChange();
        return new IssuedAccount(account, password);
    }

    /** The parents' accounts whose login or name contains the text, for the department's desk. */
    @RolesAllowed({Role.ADMIN_ROLE, Role.RECRUITMENT_OFFICER_ROLE})
    public List<UserAccount> parents(String text, int max) {
        return em.createQuery("""
                        select u from UserAccount u where :parent member of u.roles
                        and (:text is null or lower(u.username) like :text or lower(u.lastName) like :text
                             or lower(u.firstName) like :text)
                        order by u.lastName, u.firstName, u.username""", UserAccount.class)
                .setParameter("parent", Role.PARENT)
                .setParameter("text", like(text))
                .setMaxResults(max)
                .getResultList();
    }

    /** A new first password for a parent who forgot theirs (and an unlock); staff accounts are the administrator's. */
    @RolesAllowed({Role.ADMIN_ROLE, Role.RECRUITMENT_OFFICER_ROLE})
    public IssuedAccount resetParentPassword(long id) {
        UserAccount account = find(id);
        if (!account.getRoles().equals(Set.of(Role.PARENT))) {
            throw new OpiumException("identity.parent.notParent", account.getUsername());
        }
        String password = ParentLogins.initialPassword(RANDOM);
        account.issuePassword(password.toCharArray());
        account.unlock();
        auditLog.record(AuditAction.PASSWORD_RESET, account, "parent, at the department's desk");
        passwordResets.fire(new PasswordReset(account.getUsername(), account.getFirstName(), account.getEmail()));
        return new IssuedAccount(account, password);
    }

    /**
     * Removes a parent's local account when a purge took the last data it was there for; an account
     * with any other role is kept. The audit keeps that it happened, not whose it was.
     */
    @RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
    public boolean removeParentAccount(String username) {
        UserAccount account = findByUsername(username).orElse(null);
        if (account == null || !account.getRoles().equals(Set.of(Role.PARENT))) {
            return false;
        }
        auditLog.record(AuditAction.ACCOUNT_REMOVED, account, "parent's local account, with the recruitment data purged");
        em.remove(account);
        return true;
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public UserAccount updateDetails(long id, long version, String firstName, String lastName, String email, String phone) {
        UserAccount account = lockedForEdit(id, version);
        account.setFirstName(firstName);
        account.setLastName(lastName);
        account.setEmail(email);
        account.setPhone(phone);
        auditLog.record(AuditAction.ACCOUNT_UPDATED, account, null);
        return account;
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public UserAccount changeRoles(long id, long version, Set<Role> roles) {
        UserAccount account = lockedForEdit(id, version);
        Set<Role> before = Set.copyOf(account.getRoles());
        account.grant(roles);
        if (!before.equals(account.getRoles())) {
            account.endSessions();
        }
        auditLog.record(AuditAction.ROLES_CHANGED, account, before + " -> " + roles);
        return account;
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public void resetPassword(long id, char[] newPassword) {
        UserAccount account = find(id);
        requirePolicy(account.getUsername(), newPassword);
        account.issuePassword(newPassword);
        account.unlock();
        auditLog.record(AuditAction.PASSWORD_RESET, account, null);
        passwordResets.fire(new PasswordReset(account.getUsername(), account.getFirstName(), account.getEmail()));
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public void lock(long id) {
        UserAccount account = find(id);
        if (account.getId() == currentUser.caller().getAccountId()) {
            throw new OpiumException("identity.account.cannotLockSelf");
        }
        account.lock();
        auditLog.record(AuditAction.ACCOUNT_LOCKED, account, null);
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public void unlock(long id) {
        UserAccount account = find(id);
        account.unlock();
        auditLog.record(AuditAction.ACCOUNT_UNLOCKED, account, null);
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public void deactivate(long id) {
        UserAccount account = find(id);
        if (account.getId() == currentUser.caller().getAccountId()) {
            throw new OpiumException("identity.account.cannotLockSelf");
        }
        account.deactivate();
        auditLog.record(AuditAction.ACCOUNT_DEACTIVATED, account, null);
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public void reactivate(long id) {
        UserAccount account = find(id);
        account.reactivate();
        auditLog.record(AuditAction.ACCOUNT_REACTIVATED, account, null);
    }

    /** Any logged-in user changes their own password, proving they know the current one. */
    @PermitAll
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        UserAccount account = currentUser.account();
        if (!PasswordHasher.matches(currentPassword, account.getPasswordHash())) {
            throw new OpiumException("identity.password.currentWrong");
        }
        requirePolicy(account.getUsername(), newPassword);
        if (PasswordHasher.matches(newPassword, account.getPasswordHash())) {
            throw new OpiumException("identity.password.same");
        }
        account.choosePassword(newPassword);
        auditLog.record(AuditAction.PASSWORD_CHANGED, account, null);
    }

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
        findByUsername(username).ifPresent(account -> account.loggedIn(Instant.now()));
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
        UserAccount account = name.isEmpty() ? null : findByUsername(name).orElse(null);
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

    private java.util.Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    private boolean existsUsername(String username) {
        return findByUsername(username).isPresent();
    }

    private UserAccount lockedForEdit(long id, long version) {
        UserAccount account = find(id);
        if (account.getVersion() != version) {
            throw new OpiumException("concurrentModification");
        }
        return account;
    }

    private static void requirePolicy(String username, char[] password) {
        List<String> problems = PasswordPolicy.violations(username, password);
        if (!problems.isEmpty()) {
            throw new OpiumException(problems.get(0));
        }
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%";
    }
}
