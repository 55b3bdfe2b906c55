package pl.opium.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Set;

/**
 * The logged-in person behind the current call, and the one place that decides whether they may
 * see an institution's data. Every service that returns institution data asks here.
 */
@Stateless
@PermitAll
public class CurrentUser {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog auditLog;

    /** The caller, or an {@link AccessDeniedException} for someone without an active account. */
    public Caller caller() {
        String username = session.getCallerPrincipal().getName();
        UserAccount account = em.createQuery("""
                        select u from UserAccount u left join fetch u.institution left join fetch u.unit
                        where u.username = :username and u.active = true""", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(AccessDeniedException::new);
        Set<Role> roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        return new Caller(account.getId(), account.getUsername(), account.getFullName(),
                account.getInstitution() == null ? null : account.getInstitution().getId(),
                account.getInstitution() == null ? null : account.getInstitution().getShortName(),
                account.getUnit() == null ? null : account.getUnit().getId(),
                account.getUnit() == null ? null : account.getUnit().getName(),
                roles);
    }

    public UserAccount account() {
        return em.find(UserAccount.class, caller().getAccountId());
    }

    /** Refuses, and records the attempt, when the caller may not see this institution's data. */
    public Caller requireAccessToInstitution(Long institutionId) {
        Caller caller = caller();
        if (!caller.canSeeInstitution(institutionId)) {
            throw refusal(caller, "Institution " + institutionId);
        }
        return caller;
    }

    /** Records that the caller reached for something not theirs ("Message 42") and returns the refusal to throw. */
    public AccessDeniedException refusal(Caller caller, String what) {
        auditLog.recordSecurityEvent(AuditAction.ACCESS_DENIED, caller.getUsername(), what, null);
        return new AccessDeniedException();
    }
}
