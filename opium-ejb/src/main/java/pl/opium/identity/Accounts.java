package pl.opium.identity;

import jakarta.persistence.EntityManager;
import pl.opium.OpiumException;

import java.util.List;
import java.util.Optional;

/** What the account services share: an account by login, the password policy as a refusal, a search text. */
final class Accounts {

    private Accounts() {
    }

    /** The account with where it works, or a Polish refusal when the id names none. */
    static UserAccount byId(EntityManager em, long id) {
        return em.createQuery("""
                        select u from UserAccount u left join fetch u.institution left join fetch u.unit
                        where u.id = :id""", UserAccount.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OpiumException("identity.account.notFound", id));
    }

    static Optional<UserAccount> byUsername(EntityManager em, String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    static boolean exists(EntityManager em, String username) {
        return byUsername(em, username).isPresent();
    }

    static void requirePolicy(String username, char[] password) {
        List<String> problems = PasswordPolicy.violations(username, password);
        if (!problems.isEmpty()) {
            throw new OpiumException(problems.get(0));
        }
    }

    /** "%text%" in lower case for a like, or null for no text (the query then matches everyone). */
    static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%";
    }
}
