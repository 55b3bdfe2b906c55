package pl.opium.messaging.board;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.identity.Role;
import pl.opium.messaging.MessageStatus;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.inbox.Reply;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the automatic reminders every morning at 7:00 Polish time: {@code opium.reminder.daysBefore}
 * days (default 2) before a reply deadline, and once after it has passed, to everyone who has not
 * replied. Each goes out once per message (they are recorded); a message that fails is logged and
 * tried again the next morning.
 */
@Singleton
@RunAs(Role.DEPARTMENT_DIRECTOR_ROLE)
@PermitAll
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StatusBoardService board;

    @Schedule(hour = "7", minute = "0", timezone = "Europe/Warsaw", persistent = false, info = "reply reminders")
    void everyMorning() {
        sendDue(LocalDate.now(Reply.POLAND));
    }

    /** Sends what is due on the given day; returns how many reminders went out. */
    public int sendDue(LocalDate today) {
        ReminderPlan plan = new ReminderPlan(Integer.getInteger("opium.reminder.daysBefore", 2));
        List<Object[]> open = em.createQuery("""
                        select m.id, m.replyDeadline from Message m
                        where m.status = :sent and m.replyExpected <> :none and m.replyDeadline is not null
                          and m.replyDeadline >= :oldest""", Object[].class)
                .setParameter("sent", MessageStatus.SENT)
                .setParameter("none", ReplyExpected.NONE)
                .setParameter("oldest", today.minusDays(60))
                .getResultList();
        Map<Long, Set<ReminderKind>> sent = new HashMap<>();
        em.createQuery("select r.message.id, r.kind from Reminder r where r.kind <> :manual", Object[].class)
                .setParameter("manual", ReminderKind.MANUAL)
                .getResultList()
                .forEach(row -> sent.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(ReminderKind.class))
                        .add((ReminderKind) row[1]));
        int reminders = 0;
        for (Object[] row : open) {
            long messageId = (Long) row[0];
            var due = plan.due((LocalDate) row[1], today, sent.getOrDefault(messageId, Set.of()));
            if (due.isPresent()) {
                try {
                    board.remindAutomatically(messageId, due.get());
                    reminders++;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Reminder for message " + messageId + " failed; tried again tomorrow", e);
                }
            }
        }
        return reminders;
    }
}
