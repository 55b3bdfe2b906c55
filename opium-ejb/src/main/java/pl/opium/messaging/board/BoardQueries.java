package pl.opium.messaging.board;

import jakarta.persistence.EntityManager;
import pl.opium.messaging.Message;
import pl.opium.messaging.inbox.Reply;
import pl.opium.registry.GroupResolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The queries the board, its downloads and its reminders share. */
final class BoardQueries {

    private BoardQueries() {
    }

    /**
     * Institutions, then people addressed directly (not through an institution that also received
     * the message), sorted by name the Polish way.
     */
    static List<BoardRow> rows(EntityManager em, Message message) {
        List<BoardRow> rows = new ArrayList<>(em.createQuery("""
                        select new pl.opium.messaging.board.BoardRow(d.id, i.shortName, true, d.deliveredAt, d.readAt, d.readBy,
                            r.id, r.submittedAt, coalesce(r.late, false), r.status, r.text, d.reminderCount)
                        from Delivery d join d.institution i left join Reply r on r.delivery = d
                        where d.message = :message""", BoardRow.class)
                .setParameter("message", message)
                .getResultList());
        rows.addAll(em.createQuery("""
                        select new pl.opium.messaging.board.BoardRow(d.id, concat(a.lastName, ' ', a.firstName), false,
                            d.deliveredAt, d.readAt, d.readBy, r.id, r.submittedAt, coalesce(r.late, false), r.status,
                            r.text, d.reminderCount)
                        from Delivery d join d.account a left join Reply r on r.delivery = d
                        where d.message = :message and not exists (select o.id from Delivery o
                            where o.message = :message and o.institution.id = a.institution.id)""", BoardRow.class)
                .setParameter("message", message)
                .getResultList());
        rows.sort(Comparator.comparing(BoardRow::recipient, GroupResolver.POLISH));
        return rows;
    }

    /** The reply behind one of the message's deliveries (a delivery id of another message finds nothing). */
    static Optional<Reply> replyOf(EntityManager em, Message message, long deliveryId) {
        return em.createQuery("select r from Reply r where r.delivery.id = :delivery and r.delivery.message = :message",
                        Reply.class)
                .setParameter("delivery", deliveryId)
                .setParameter("message", message)
                .getResultStream().findFirst();
    }
}
