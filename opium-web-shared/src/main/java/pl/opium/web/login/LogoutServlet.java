package pl.opium.web.login;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import pl.opium.identity.SignInService;

import java.io.IOException;

/** Ends the session and the login; a POST, so that no link prefetch logs anyone out. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @EJB
    private SignInService signIn;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String username = request.getRemoteUser();
        if (username != null) {
            signIn.loggedOut(username);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.sendRedirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }
}
