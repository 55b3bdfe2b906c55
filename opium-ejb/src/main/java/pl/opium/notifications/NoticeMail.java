package pl.opium.notifications;

import pl.opium.Texts;
import java.time.format.DateTimeFormatter;

/**
 * The e-mail text of a notice, in Polish, as plain text and as HTML with a link to the message. It
 * carries no attachment and none of the message's body: the content stays behind the login.
 */
public record NoticeMail(String subject, String plain, String html) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public static NoticeMail of(Notice notice, String baseUrl) {
        String link = baseUrl + "/messages/received.xhtml?id=" + notice.messageId();
        boolean reminder = notice.kind() == NoticeKind.REMINDER;
        String lead = Texts.get(reminder ? "mail.notice.lead.reminder" : "mail.notice.lead.new");
        String from = Texts.get("mail.notice.from");
        String subjectLine = Texts.get("mail.notice.subjectLine");
        String automatic = Texts.get("mail.notice.automatic");
        String deadline = notice.replyDeadline() == null ? ""
                : Texts.get("mail.notice.deadline", DATE.format(notice.replyDeadline()));
        String subject = Texts.get(reminder ? "mail.notice.subject.reminder" : "mail.notice.subject.new", notice.subject());
        String plain = lead + " " + from + " " + notice.sender() + ".\n\n"
                + subjectLine + " " + notice.subject() + "\n"
                + (deadline.isEmpty() ? "" : deadline + "\n")
                + "\n" + Texts.get("mail.notice.readAt") + " " + link + "\n\n"
                + automatic + "\n";
        String html = "<!DOCTYPE html><html lang=\"pl\"><body style=\"font-family:sans-serif\">"
                + "<p>" + escape(lead) + " " + escape(from) + " <strong>" + escape(notice.sender()) + "</strong>.</p>"
                + "<p>" + escape(subjectLine) + " <strong>" + escape(notice.subject()) + "</strong>"
                + (deadline.isEmpty() ? "" : "<br>" + escape(deadline)) + "</p>"
                + "<p><a href=\"" + escape(link) + "\">" + escape(Texts.get("mail.notice.open")) + "</a></p>"
                + "<p style=\"color:#666;font-size:small\">" + escape(automatic) + "</p></body></html>";
        return new NoticeMail(subject, plain, html);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
