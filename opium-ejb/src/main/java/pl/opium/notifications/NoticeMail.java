package pl.opium.notifications;

import java.time.format.DateTimeFormatter;

/**
 * The e-mail text of a notice, in Polish, as plain text and as HTML with a link to the message. It
 * carries no attachment and none of the message's body: the content stays behind the login.
 */
public record NoticeMail(String subject, String plain, String html) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public static NoticeMail of(Notice notice, String baseUrl) {
        String link = baseUrl + "/messages/received.xhtml?id=" + notice.messageId();
        String lead = notice.kind() == NoticeKind.REMINDER
                ? "Przypominamy o odpowiedzi na wiadomość"
                : "Otrzymali Państwo nową wiadomość";
        String deadline = notice.replyDeadline() == null ? ""
                : "Termin odpowiedzi: " + DATE.format(notice.replyDeadline()) + ".";
        String subject = (notice.kind() == NoticeKind.REMINDER ? "Przypomnienie: " : "Nowa wiadomość: ")
                + notice.subject();
        String plain = lead + " od: " + notice.sender() + ".\n\n"
                + "Temat: " + notice.subject() + "\n"
                + (deadline.isEmpty() ? "" : deadline + "\n")
                + "\nWiadomość można przeczytać w OPIUM: " + link + "\n\n"
                + "Ta wiadomość została wysłana automatycznie; prosimy na nią nie odpowiadać.\n";
        String html = "<!DOCTYPE html><html lang=\"pl\"><body style=\"font-family:sans-serif\">"
                + "<p>" + escape(lead) + " od: <strong>" + escape(notice.sender()) + "</strong>.</p>"
                + "<p>Temat: <strong>" + escape(notice.subject()) + "</strong>"
                + (deadline.isEmpty() ? "" : "<br>" + escape(deadline)) + "</p>"
                + "<p><a href=\"" + escape(link) + "\">Otwórz wiadomość w OPIUM</a></p>"
                + "<p style=\"color:#666;font-size:small\">Ta wiadomość została wysłana automatycznie; "
                + "prosimy na nią nie odpowiadać.</p></body></html>";
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
