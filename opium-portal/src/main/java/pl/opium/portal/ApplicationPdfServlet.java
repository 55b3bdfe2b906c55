package pl.opium.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.opium.OpiumException;
import pl.opium.identity.AccessDeniedException;
import pl.opium.web.Feedback;

import java.io.IOException;

/** {@code /parent/pdf?id=}: the parent's own application as a PDF; someone else's is 403. */
@WebServlet("/parent/pdf")
public class ApplicationPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Parents parents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = parents.portal().applicationPdf(id);
        } catch (RuntimeException e) {
            OpiumException refusal = Feedback.refusalIn(e);
            if (refusal == null) {
                throw e;
            }
            response.sendError(refusal instanceof AccessDeniedException
                    ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"wniosek-" + id + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
