package pl.opium.it;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Priority;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.delivery.DeliveryService;
import pl.opium.registry.GroupService;

import java.io.IOException;

/**
 * Test-only servlet of {@link CrashRecoveryIT}, deployed only on the server that test kills: sends a
 * message to every institution ({@code ?send}) and counts its deliveries against the recipients
 * the registry has ({@code ?check=<id>}).
 */
@WebServlet("/crash-probe")
public class CrashProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient MessageService messages;

    @EJB
    private transient DeliveryService deliveries;

    @EJB
    private transient GroupService groups;

    @PersistenceContext(unitName = "opium")
    private transient EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if (request.getParameter("send") != null) {
            Message sent = Sending.sent(messages, new MessageDraft("Do wszystkich placówek", "<p>Test awarii</p>",
                    Priority.NORMAL, ReplyExpected.NONE, null, false, Sending.everyInstitution(groups)));
            response.getWriter().print("message=" + sent.getId());
            return;
        }
        long id = Long.parseLong(request.getParameter("check"));
        long distinct = em.createQuery("select count(distinct d.recipientKey) from Delivery d where d.message.id = :id",
                Long.class).setParameter("id", id).getSingleResult();
        long institutions = em.createQuery("select count(i) from Institution i where i.active = true", Long.class)
                .getSingleResult();
        long people = em.createQuery("""
                select count(u) from UserAccount u join u.institution i where u.active = true and i.active = true""",
                Long.class).getSingleResult();
        response.getWriter().print("deliveries=" + deliveries.deliveryCount(id) + ";distinct=" + distinct
                + ";expected=" + (institutions + people));
    }
}
