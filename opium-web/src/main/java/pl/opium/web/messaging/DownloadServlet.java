package pl.opium.web.messaging;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.board.BoardDownloads;
import pl.opium.messaging.board.FormResultsService;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.surveys.SurveyService;
import pl.opium.web.Downloads;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Every download of the messaging feature, streamed: a file of a message or a reply, the status
 * board as XLSX and the ZIP of all replies. Which file a person may have is decided by the
 * services; here a refusal becomes 403 or 404. Files are always sent as attachments, never shown
 * inline, so an uploaded file cannot run in the application's pages.
 *
 * <pre>
 * /download/message?id=&amp;n=          a file of the message (author, approvers)
 * /download/received?id=&amp;n=         a file of a delivered message (recipients)
 * /download/my-reply?id=&amp;n=         a file of one's own institution's reply
 * /download/reply?id=&amp;d=&amp;n=         a file of a recipient's reply (author)
 * /download/board?id=               the status board as XLSX
 * /download/replies?id=             all replies as ZIP
 * /download/template?id=            a survey message's template (author, approvers)
 * /download/survey-template?id=     a received survey's template (recipients)
 * /download/merge?id=&amp;run=          a merged survey workbook (author)
 * /download/form-answers?id=&amp;format=csv|xlsx[&amp;table=]   a form message's answers (author)
 * /download/form-file?id=&amp;rspo=&amp;key=   a file an institution gave in a form (author)
 * </pre>
 */
@WebServlet("/download/*")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = Downloads.XLSX;

    @EJB
    private transient MessageService messages;

    @EJB
    private transient InboxService inbox;

    @EJB
    private transient BoardDownloads board;

    @EJB
    private transient FormResultsService formResults;

    @EJB
    private transient AttachmentService files;

    @EJB
    private transient SurveyService surveys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long id = number(request, "id");
            switch (request.getPathInfo() == null ? "" : request.getPathInfo()) {
                case "/message" -> file(response, messages.attachment(id, (int) number(request, "n")));
                case "/received" -> file(response, inbox.messageAttachment(id, (int) number(request, "n")));
                case "/my-reply" -> file(response, inbox.replyAttachment(id, (int) number(request, "n")));
                case "/reply" -> file(response, board.replyAttachment(id, number(request, "d"), (int) number(request, "n")));
                case "/board" -> {
                    Downloads.start(response, XLSX, "status-" + id + "-" + LocalDate.now() + ".xlsx");
                    board.exportBoard(id, response.getOutputStream());
                }
                case "/replies" -> {
                    Downloads.start(response, "application/zip", "odpowiedzi-" + id + "-" + LocalDate.now() + ".zip");
                    board.writeRepliesZip(id, response.getOutputStream());
                }
                case "/template" -> file(response, template(messages.message(id).getSurveyTemplate()));
                case "/survey-template" -> file(response, surveys.receivedTemplate(id));
                case "/merge" -> file(response, surveys.mergeFile(id, number(request, "run")));
                case "/form-answers" -> {
                    boolean csv = "csv".equals(request.getParameter("format"));
                    String table = request.getParameter("table");
                    Downloads.start(response, csv ? "text/csv; charset=UTF-8" : XLSX, "formularz-" + id + (table == null ? "" : "-" + table)
                            + "-" + LocalDate.now() + (csv ? ".csv" : ".xlsx"));
                    formResults.exportFormAnswers(id, table == null || table.isBlank() ? null : table, csv, response.getOutputStream());
                }
                case "/form-file" -> file(response, formResults.formFile(id, request.getParameter("rspo"), request.getParameter("key")));
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (RuntimeException e) {
            Downloads.refuse(response, e);
        }
    }

    private static Attachment template(Attachment template) {
        if (template == null) {
            throw new OpiumException("messaging.notASurvey");
        }
        return template;
    }

    private void file(HttpServletResponse response, Attachment attachment) throws IOException {
        Downloads.file(response, attachment, files);
    }

    private static long number(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }
}
