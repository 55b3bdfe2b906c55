package pl.opium.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.persistence.Conflicts;
import pl.opium.registry.DepartmentUnit;
import pl.opium.registry.Institution;

import java.util.List;
import java.util.Set;

/**
 * Staff accounts: the administrator finds and creates them, sets roles, resets passwords, locks and
 * unlocks; every user changes their own password. Each change is audited. Parents' local accounts are
 * {@link ParentAccountService}'s, signing in {@link SignInService}'s.
 */
@Stateless
@PermitAll
public class AccountService {

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
                .setParameter("text", Accounts.like(text))
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
                .setParameter("text", Accounts.like(text))
                .setParameter("institution", institutionId)
                .setParameter("unit", unitId)
                .getSingleResult();
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public UserAccount find(long id) {
        return Accounts.byId(em, id);
    }

    /** Creates an account of an institution (institutionId) or of a unit (unitId), with a first password. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public UserAccount create(NewAccount request) {
        if (Accounts.exists(em, request.username())) {
            throw new OpiumException("identity.username.taken", request.username());
        }
        Accounts.requirePolicy(request.username(), request.password());
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
        Accounts.requirePolicy(account.getUsername(), newPassword);
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
        Accounts.requirePolicy(account.getUsername(), newPassword);
        if (PasswordHasher.matches(newPassword, account.getPasswordHash())) {
            throw new OpiumException("identity.password.same");
        }
        account.choosePassword(newPassword);
        auditLog.record(AuditAction.PASSWORD_CHANGED, account, null);
    }

    private UserAccount lockedForEdit(long id, long version) {
        UserAccount account = find(id);
        Conflicts.requireSeen(account, version);
        return account;
    }
}
