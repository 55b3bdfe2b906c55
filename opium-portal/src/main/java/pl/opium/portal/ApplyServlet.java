package pl.opium.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /parent/apply/<campaign>}: the catalogue's "apply" link. The campaign is in the path, not the
 * query, because a sign-in through the OIDC broker brings the parent back to the path they asked for
 * but without its query; from here the form opens with the campaign.
 */
@WebServlet("/parent/apply/*")
public class ApplyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String campaign = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!campaign.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/parent/application.xhtml?campaign=" + campaign);
    }
}
