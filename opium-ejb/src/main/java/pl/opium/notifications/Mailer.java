package pl.opium.notifications;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends notice e-mails through WildFly's mail session ({@code java:jboss/mail/Opium}), one
 * connection for a whole batch, away from the caller's thread: a slow or absent SMTP server delays
 * nobody's work and loses no message (the message itself is in the inbox regardless).
 */
@Stateless
@PermitAll
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Opium")
    private Session mail;

    @PersistenceContext
    private EntityManager em;

    /** Where links in e-mails point ({@code opium.baseUrl}). */
    static String baseUrl() {
        return System.getProperty("opium.baseUrl", "http://localhost:8080/opium");
    }

    @Asynchronous
    public void send(Notice notice) {
        if (notice.accountIds().isEmpty()) {
            return;
        }
        List<String> addresses = em.createQuery("""
                        select distinct u.email from UserAccount u
                        where u.id in :ids and u.active = true and u.email is not null and u.email <> ''""", String.class)
                .setParameter("ids", notice.accountIds())
                .getResultList();
        NoticeMail text = NoticeMail.of(notice, baseUrl());
        int sent = 0;
        try (Transport transport = mail.getTransport()) {
            transport.connect();
            for (String address : addresses) {
                try {
                    MimeMessage email = compose(text, address);
                    transport.sendMessage(email, email.getAllRecipients());
                    sent++;
                } catch (MessagingException e) {
                    LOG.log(Level.WARNING, "Notice for message " + notice.messageId() + " not sent to " + address, e);
                }
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "No SMTP server: notice e-mails of message " + notice.messageId() + " not sent", e);
        }
        LOG.info("Message " + notice.messageId() + ": " + sent + " of " + addresses.size() + " notice e-mails sent");
    }

    /** One plain-text e-mail to one address (an account's owner told of a change), away from the caller's thread. */
    @Asynchronous
    public void sendPlain(String address, String subject, String text) {
        try {
            MimeMessage email = new MimeMessage(mail);
            email.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
            email.setSubject(subject, StandardCharsets.UTF_8.name());
            email.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(email);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "E-mail \"" + subject + "\" not sent", e);
        }
    }

    private MimeMessage compose(NoticeMail text, String address) throws MessagingException {
        MimeMessage email = new MimeMessage(mail);
        email.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
        email.setSubject(text.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.plain(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(text.html(), "text/html; charset=UTF-8");
        email.setContent(new MimeMultipart("alternative", plain, html));
        email.saveChanges();
        return email;
    }
}
