package pl.opium.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.opium.files.AttachmentService;
import pl.opium.recruitment.application.VerificationService;
import pl.opium.recruitment.archive.ArchiveService;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.lists.RecruitmentDocuments;
import pl.opium.recruitment.lists.RecruitmentLists;
import pl.opium.web.Downloads;

import java.io.IOException;
import java.time.LocalDate;

/**
 * The recruitment's downloads. Who may have what is decided by the services (an institution's
 * lists hold its own units; the department's, every unit).
 *
 * <pre>
 * /recruitment/download/document?id=&amp;n=                     a document of an application the institution verifies
 * /recruitment/download/lists?campaign=&amp;round=&amp;kind=&amp;format=pdf|xlsx   the lists to post
 * /recruitment/download/protocol?campaign=&amp;round=           the protocol of the director's committee
 * /recruitment/download/archive?campaign=&amp;institution=      an institution's applications as ZIP (department)
 * </pre>
 */
@WebServlet("/recruitment/download/*")
public class RecruitmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient VerificationService verification;

    @EJB
    private transient RecruitmentLists lists;

    @EJB
    private transient ArchiveService archive;

    @EJB
    private transient AttachmentService files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String today = LocalDate.now().toString();
            switch (request.getPathInfo() == null ? "" : request.getPathInfo()) {
                case "/document" -> Downloads.file(response,
                        verification.document(number(request, "id"), (int) number(request, "n")), files);
                case "/lists" -> {
                    long campaign = number(request, "campaign");
                    Round round = choice(request, "round", Round.class);
                    RecruitmentDocuments.Lists kind = choice(request, "kind", RecruitmentDocuments.Lists.class);
                    String name = "listy-" + kind.name().toLowerCase() + "-" + campaign + "-" + today;
                    if ("xlsx".equals(request.getParameter("format"))) {
                        Downloads.bytes(response, Downloads.XLSX, name + ".xlsx", lists.listsXlsx(campaign, round, kind));
                    } else {
                        Downloads.bytes(response, "application/pdf", name + ".pdf", lists.listsPdf(campaign, round, kind));
                    }
                }
                case "/protocol" -> {
                    long campaign = number(request, "campaign");
                    Downloads.bytes(response, "application/pdf", "protokol-" + campaign + "-" + today + ".pdf",
                            lists.protocol(campaign, choice(request, "round", Round.class)));
                }
                case "/archive" -> {
                    long campaign = number(request, "campaign");
                    long institution = number(request, "institution");
                    Downloads.start(response, "application/zip", "wnioski-" + campaign + "-" + institution + "-" + today + ".zip");
                    archive.writeArchive(campaign, institution, response.getOutputStream());
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (IllegalArgumentException e) {
            // a number or a round/kind that is not one: no such download
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (RuntimeException e) {
            Downloads.refuse(response, e);
        }
    }

    private static long number(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }

    private static <E extends Enum<E>> E choice(HttpServletRequest request, String name, Class<E> type) {
        String value = request.getParameter(name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return Enum.valueOf(type, value);
    }
}
