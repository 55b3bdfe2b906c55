package pl.opium.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.Role;
import pl.opium.identity.UserAccount;
import pl.opium.registry.GroupService;
import pl.opium.registry.Institution;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates the deliveries of a sent message. Idempotent: recipients that already have their
 * delivery are skipped, and the database's unique key per message × recipient refuses a duplicate
 * even if two fan-outs of the same message ever ran at once.
 */
@Stateless
@RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GroupService groups;

    /** Delivers a sent message to whoever does not have it yet; returns how many deliveries it created. */
    public int fanOut(long messageId) {
        Message message = em.find(Message.class, messageId);
        if (message == null) {
            throw new OpiumException("messaging.notFound", messageId);
        }
        if (message.getSentAt() == null) {
            LOG.warning(() -> "Message " + messageId + " is not sent; nothing to deliver");
            return 0;
        }
        RecipientResolver.Resolution who = RecipientResolver.resolve(message.recipients(),
                JpaDirectory.load(em, groups));
        Set<String> delivered = new HashSet<>(em.createQuery(
                        "select d.recipientKey from Delivery d where d.message.id = :id", String.class)
                .setParameter("id", messageId)
                .getResultList());
        Instant now = Instant.now();
        int created = 0;
        for (Long institutionId : who.institutions()) {
            if (delivered.add(Delivery.institutionKey(institutionId))) {
                em.persist(Delivery.toInstitution(message, em.getReference(Institution.class, institutionId), now));
                created++;
            }
        }
        for (Long accountId : who.accounts()) {
            if (delivered.add(Delivery.accountKey(accountId))) {
                em.persist(Delivery.toAccount(message, em.getReference(UserAccount.class, accountId), now));
                created++;
            }
        }
        LOG.fine(() -> "Message " + messageId + ": " + who.deliveryCount() + " recipients");
        return created;
    }

    /** The recipient keys delivered so far ("I:12", "U:345"). */
    public List<String> deliveredKeys(long messageId) {
        return em.createQuery("select d.recipientKey from Delivery d where d.message.id = :id order by d.recipientKey",
                        String.class)
                .setParameter("id", messageId)
                .getResultList();
    }
}
