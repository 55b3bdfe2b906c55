package pl.opium.messaging.delivery;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import pl.opium.OpiumException;
import pl.opium.identity.Role;
import pl.opium.identity.UserAccount;
import pl.opium.messaging.Message;
import pl.opium.notifications.Notice;
import pl.opium.notifications.NoticeKind;
import pl.opium.registry.GroupService;
import pl.opium.registry.Institution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GroupService groups;

    @Inject
    private Event<Notice> notices;

    @Resource
    private TransactionSynchronizationRegistry transactions;

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
        long start = System.nanoTime();
        RecipientResolver.Resolution who = RecipientResolver.resolve(message.recipients(),
                JpaDirectory.load(em, groups));
        LOG.info(() -> "Fan-out of message " + messageId + " started: " + who.deliveryCount() + " recipients");
        Set<String> delivered = new HashSet<>(em.createQuery(
                        "select d.recipientKey from Delivery d where d.message.id = :id", String.class)
                .setParameter("id", messageId)
                .getResultList());
        Instant now = Instant.now();
        String subject = message.getSubject();
        String sender = message.getUnit().getName();
        LocalDate deadline = message.getReplyDeadline();
        int created = 0;
        for (Long institutionId : who.institutions()) {
            if (delivered.add(Delivery.institutionKey(institutionId))) {
                em.persist(Delivery.toInstitution(message, em.getReference(Institution.class, institutionId), now));
                message = keepSmall(++created, message);
            }
        }
        List<Long> newlyReached = new ArrayList<>();
        for (Long accountId : who.accounts()) {
            if (delivered.add(Delivery.accountKey(accountId))) {
                em.persist(Delivery.toAccount(message, em.getReference(UserAccount.class, accountId), now));
                newlyReached.add(accountId);
                message = keepSmall(++created, message);
            }
        }
        notices.fire(new Notice(NoticeKind.NEW_MESSAGE, messageId, subject, sender, deadline, newlyReached));
        em.flush();
        logOutcome(messageId, created, start);
        return created;
    }

    /**
     * Writes the deliveries so far and empties the persistence context every {@value #CHUNK}: a
     * fan-out to 4,000 people then neither holds 4,000 entities nor checks them all for changes at
     * commit. Returns the message to refer to from now on.
     */
    private Message keepSmall(int created, Message message) {
        if (created % CHUNK != 0) {
            return message;
        }
        em.flush();
        em.clear();
        return em.getReference(Message.class, message.getId());
    }

    /** Says in the server log when the fan-out's transaction really ended, and how. */
    private void logOutcome(long messageId, int created, long start) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                String outcome = status == Status.STATUS_COMMITTED ? "committed" : "rolled back";
                LOG.info(() -> "Fan-out of message " + messageId + " " + outcome + ": " + created
                        + " new deliveries in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        });
    }

    /** How many deliveries the message has (committed ones, as the caller's transaction sees them). */
    public long deliveryCount(long messageId) {
        return em.createQuery("select count(d) from Delivery d where d.message.id = :id", Long.class)
                .setParameter("id", messageId)
                .getSingleResult();
    }

    /** The recipient keys delivered so far ("I:12", "U:345"). */
    public List<String> deliveredKeys(long messageId) {
        return em.createQuery("select d.recipientKey from Delivery d where d.message.id = :id order by d.recipientKey",
                        String.class)
                .setParameter("id", messageId)
                .getResultList();
    }
}
