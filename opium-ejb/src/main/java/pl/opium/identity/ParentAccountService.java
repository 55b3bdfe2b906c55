package pl.opium.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parents' local accounts, for a city without an identity broker or a parent who cannot use it: made
 * at the department's desk with a first password handed over once, found, given a new first password,
 * removed when a purge took the data they were there for.
 */
@Stateless
@RolesAllowed({Role.ADMIN_ROLE, Role.RECRUITMENT_OFFICER_ROLE})
public class ParentAccountService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int NAME_LENGTH = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<PasswordReset> passwordResets;

    @EJB
    private AuditLog auditLog;

    /**
     * A parent's local account, made by the department for a city without an identity broker (or for
     * a parent who cannot use it); the parent signs in to the recruitment pages with it.
     */
    @RolesAllowed({Role.ADMIN_ROLE, Role.RECRUITMENT_OFFICER_ROLE})
    public UserAccount createParent(String username, String firstName, String lastName, String email, char[] password) {
        if (Accounts.exists(em, username)) {
            throw new OpiumException("identity.username.taken", username);
        }
        Accounts.requirePolicy(username, password);
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
        for (int number = 2; Accounts.exists(em, username); number++) {
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
                .setParameter("text", Accounts.like(text))
                .setMaxResults(max)
                .getResultList();
    }

    /** A new first password for a parent who forgot theirs (and an unlock); staff accounts are the administrator's. */
    @RolesAllowed({Role.ADMIN_ROLE, Role.RECRUITMENT_OFFICER_ROLE})
    public IssuedAccount resetParentPassword(long id) {
        UserAccount account = Accounts.byId(em, id);
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
        UserAccount account = Accounts.byUsername(em, username).orElse(null);
        if (account == null || !account.getRoles().equals(Set.of(Role.PARENT))) {
            return false;
        }
        auditLog.record(AuditAction.ACCOUNT_REMOVED, account, "parent's local account, with the recruitment data purged");
        em.remove(account);
        return true;
    }
}
